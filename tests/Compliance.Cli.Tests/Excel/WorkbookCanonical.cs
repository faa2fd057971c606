using Compliance.Documents.Json;
using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Excel;

/// <summary>
/// The part of a document a draft workbook carries, as canonical JSON: info, tables, projects, self-evaluations.
/// Provenance (source file, hash, lines, cells) differs by construction, the narrative is not in a workbook, and a
/// value key holding null is the same blank cell as an absent key, so those are left out of the comparison.
/// </summary>
internal static class WorkbookCanonical
{
    public static string Json(Document d) => DocumentJson.Write(d with
    {
        Info = d.Info with { SourceFile = null, SourceHash = null },
        Tables = [.. d.Tables.Select(t => t with
        {
            SourceLine = null,
            Rows = [.. t.Rows.Select(r => r with
            {
                SourceLine = null,
                SourceCells = null,
                Values = r.Values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
            })],
        })],
        Projects = [.. d.Projects.Select(p => p with
        {
            SourceLine = null,
            SourceCell = null,
            ExpenditureLines = [.. p.ExpenditureLines.Select(Plain)],
            ProcurementLines = [.. p.ProcurementLines.Select(Plain)],
            Indicators = [.. p.Indicators.Select(Plain)],
        })],
        SelfEvaluations = [.. d.SelfEvaluations.Select(e => e with { SourceLine = null, SourceCell = null, Indicators = [.. e.Indicators.Select(Plain)] })],
        Claims = [],
        Facts = [],
    });

    private static AmountLine Plain(AmountLine l) => l with { SourceLine = null, SourceCell = null };

    private static Indicator Plain(Indicator i) => i with { SourceLine = null, SourceCell = null };
}
