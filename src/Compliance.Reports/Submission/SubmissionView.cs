using Compliance.Documents.Model;
using Compliance.Reports.Rendering;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Reports.Submission;

/// <summary>What the submission templates see: the check result arranged for reading (groups, counts, numbering).</summary>
internal sealed record SubmissionView(
    IReadOnlyDictionary<string, object> T,
    string Department,
    int Year,
    DocumentKind Kind,
    string? File,
    string Unit,
    IReadOnlyList<RuleSetVersion> RuleSets,
    DateTimeOffset GeneratedAt,
    SeverityCounts Counts,
    string Verdict,
    string VerdictTone,
    IReadOnlyList<RuleSetCounts> BySet,
    IReadOnlyList<SeverityGroup> Groups)
{
    public static SubmissionView Build(CheckResult result, Labels labels, DateTimeOffset now)
    {
        var d = result.Document;
        var counts = SeverityCounts.Of(result.Findings);
        var (verdict, tone) = counts.Errors > 0 ? ("verdict-errors", "error")
            : counts.Warnings > 0 ? ("verdict-warnings", "warning")
            : ("verdict-clean", "ok");
        var number = 0;
        var groups = result.Findings
            .GroupBy(f => f.Severity)
            .OrderByDescending(g => g.Key)
            .Select(g => new SeverityGroup(
                g.Key,
                Tone(g.Key),
                g.Count(),
                g.GroupBy(f => f.RuleSet, StringComparer.Ordinal)
                    .OrderBy(s => s.Key, StringComparer.Ordinal)
                    .Select(s => new RuleSetGroup(s.Key, s.Select(f => FindingView.Of(++number, f, labels)).ToList()))
                    .ToList()))
            .ToList();
        var bySet = result.Findings.GroupBy(f => f.RuleSet, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleSetCounts(g.Key, SeverityCounts.Of(g.ToList())))
            .ToList();
        return new SubmissionView(
            labels.Map, d.Department, d.Year, d.Kind, d.SourceFile, d.Unit,
            result.RuleSets.Select(s => new RuleSetVersion(s.Name, s.Version)).ToList(),
            now, counts, labels[verdict], tone, bySet, groups);
    }

    public static string Tone(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}

/// <summary>A rule set and its version.</summary>
internal sealed record RuleSetVersion(string Name, string Version);

/// <summary>Findings by severity.</summary>
internal sealed record SeverityCounts(int Errors, int Warnings, int Infos)
{
    public int Total => Errors + Warnings + Infos;

    public static SeverityCounts Of(IReadOnlyCollection<Finding> findings) => new(
        findings.Count(f => f.Severity == Severity.Error),
        findings.Count(f => f.Severity == Severity.Warning),
        findings.Count(f => f.Severity == Severity.Info));
}

/// <summary>Counts of one rule set.</summary>
internal sealed record RuleSetCounts(string RuleSet, SeverityCounts Counts);

/// <summary>The findings of one severity, by rule set.</summary>
internal sealed record SeverityGroup(Severity Severity, string Tone, int Count, IReadOnlyList<RuleSetGroup> Sets);

/// <summary>The findings of one rule set within a severity.</summary>
internal sealed record RuleSetGroup(string RuleSet, IReadOnlyList<FindingView> Findings);

/// <summary>One finding, numbered in reading order; <see cref="Place"/> is its location as labelled parts.</summary>
internal sealed record FindingView(
    int Number, string RuleId, Severity Severity, string Tone, string Message, decimal? Stated, decimal? Computed,
    bool HasFigures, IReadOnlyList<PlacePart> Place, string? Quote, string? Fix)
{
    public static FindingView Of(int number, Finding f, Labels labels)
    {
        var l = f.Location;
        var place = new List<PlacePart>();
        Add(place, labels["table"], l.Table, "");
        Add(place, labels["row"], l.Row, "");
        Add(place, labels["column"], l.Column, "");
        Add(place, labels["cell"], l.Cell, "");
        Add(place, labels["line-prefix"], l.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture), labels["line-suffix"]);
        return new(
            number, f.RuleId, f.Severity, SubmissionView.Tone(f.Severity), f.Message, f.Stated, f.Computed,
            f.Stated is not null || f.Computed is not null, place, l.Excerpt, f.Fix);
    }

    private static void Add(List<PlacePart> parts, string label, string? value, string suffix)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add(new PlacePart(label, value, suffix));
        }
    }
}

/// <summary>One part of a location: "表 “三公”经费支出表", "第 716 行".</summary>
internal sealed record PlacePart(string Label, string Value, string Suffix);
