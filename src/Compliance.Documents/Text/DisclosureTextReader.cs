using Compliance.Documents.Model;
using Compliance.Documents.Text;

namespace Compliance.Documents;

/// <summary>
/// Reads the text of a budget or final-accounts disclosure (extracted from PDF, tab-separated or
/// space-aligned) into the canonical document, recognising standard tables, projects,
/// self-evaluations, narrative claims and department facts by meaning.
/// </summary>
public static class DisclosureTextReader
{
    /// <summary>Largest text accepted, in characters.</summary>
    public const int MaxChars = 16 * 1024 * 1024;

    /// <summary>Reads decoded text; throws <see cref="DocumentReadException"/> when it holds no disclosure.</summary>
    public static DisclosureReadResult Read(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxChars)
        {
            throw new DocumentReadException($"{sourceName}: 文本超过 {MaxChars / 1024 / 1024} M 字符上限。");
        }

        var raw = text.Split('\n');
        var lines = new List<SourceLine>(raw.Length);
        var page = 1;
        for (var i = 0; i < raw.Length; i++)
        {
            // pdftotext starts every page with a form feed; it is not a column, and pages are laid out separately.
            var content = raw[i];
            if (content.StartsWith('\f'))
            {
                page++;
                content = content.TrimStart('\f');
            }

            lines.Add(CellSplitter.Split(i + 1, LineNormalizer.Normalize(content)) with { Page = page });
        }

        if (lines.All(l => l.IsBlank))
        {
            throw new DocumentReadException($"{sourceName}: 文本为空，没有可读的内容。");
        }

        var info = DocumentFacts.Info(lines, sourceName);
        var claimed = new HashSet<int>();
        var performance = PerformanceReader.Read(lines, claimed);
        var blocks = TableSegmenter.Find(lines, i => claimed.Contains(lines[i].Number));
        var ledger = new MappingLedger();
        var parser = new TableParser(info.Unit, ledger);
        var tables = new List<Table>();
        foreach (var block in blocks)
        {
            var table = parser.Parse(block);
            var existing = tables.FindIndex(t => t.Id == table.Id);
            if (existing < 0)
            {
                tables.Add(table);
            }
            else if (tables[existing].Rows.Count < table.Rows.Count)
            {
                tables[existing] = table;
            }
        }

        var inTables = blocks.SelectMany(b => b.Body.Select(l => l.Number).Append(b.Title.Number)).ToHashSet();
        var narrative = lines.Where(l => !inTables.Contains(l.Number) && !claimed.Contains(l.Number)).ToList();
        var claims = ClaimExtractor.Extract(narrative, info.Department)
            .Concat(WholeDepartmentShares.Read(lines, performance.Projects))
            .ToList();
        var document = new Document
        {
            Info = info with { SourceFile = sourceName },
            Tables = tables,
            Projects = performance.Projects,
            SelfEvaluations = performance.SelfEvaluations,
            Claims = claims,
            Facts = [.. DocumentFacts.Facts(narrative)],
        };

        var numeric = blocks.SelectMany(b => b.Body).Where(TableSegmenter.IsDataLine).DistinctBy(l => l.Number).ToList();
        var unmapped = numeric.Where(l => !ledger.IsMapped(l.Number))
            .Select(l => new UnmappedLine(l.Number, l.Text.Replace('\t', ' ').Trim(), ledger.ReasonFor(l.Number))).ToList();
        var statistics = new ParseStatistics
        {
            Tables = [.. tables.Select(t => new RecognisedTable(t.Id, t.Title, t.Rows.Count, t.SourceLine ?? 0, t.Unit))],
            Projects = document.Projects.Count,
            SelfEvaluations = document.SelfEvaluations.Count,
            Claims = claims.Count,
            NumericTableLines = numeric.Count,
            MappedTableLines = numeric.Count - unmapped.Count,
            Unmapped = unmapped,
        };
        return new DisclosureReadResult(document, statistics);
    }

    /// <summary>Reads the bytes of a text file (UTF-8 or GB18030).</summary>
    public static DisclosureReadResult Read(byte[] content, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new DocumentReadException($"{sourceName}: 文件为空。");
        }

        if (!TextDecoder.TryDecode(content, out var text))
        {
            throw new DocumentReadException($"{sourceName}: 不是可识别的文本文件（既不是 UTF-8 也不是 GB18030 编码，或含有二进制内容）。");
        }

        return Read(text, sourceName);
    }
}
