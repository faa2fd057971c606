using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// Reads the “三公” table into fixed rows (total, abroad, vehicle, vehicle.purchase, vehicle.operation,
/// reception) by columns budget/final, whether it is printed as rows (项目 | 预算数) or transposed
/// into one line of up to twelve values under a two-level header.
/// </summary>
internal static class SangongParser
{
    private static readonly string[] Kinds = ["budget", "final"];

    private static readonly (string Key, string[] Words)[] Categories =
    [
        ("vehicle.purchase", ["公务用车购置费"]),
        ("vehicle.operation", ["公务用车运行"]),
        ("vehicle", ["小计", "公务用车购置及运行", "公务用车费"]),
        ("abroad", ["因公出国"]),
        ("reception", ["公务接待"]),
        ("total", ["合计"]),
    ];

    public static Table Parse(Table table, StandardTable definition, List<SourceLine> header, List<SourceLine> data, MappingLedger mapped)
    {
        // Only the kinds the header prints: a budget's 三公 table has 预算数 and no 决算数.
        var kinds = header.Concat(data).SelectMany(l => l.Filled).Select(c => KindOf(c.Text)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var printed = Kinds.Where(kinds.Contains).DefaultIfEmpty("budget").ToList();
        var values = definition.Rows.ToDictionary(r => r.Key, _ => printed.ToDictionary(k => k, _ => (decimal?)null, StringComparer.Ordinal), StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowLines = data.Where(l => l.First is { IsText: true } first && CategoryOf(first.Text) is not null).ToList();
        if (rowLines.Count >= 2)
        {
            ReadRows(definition, header, data, values, lines, mapped);
        }
        else
        {
            ReadTransposed(header, data, values, lines, mapped);
        }

        var rows = definition.Rows.Select(r => new Row
        {
            Key = r.Key,
            Name = r.Name,
            Values = values[r.Key],
            SourceLine = lines.TryGetValue(r.Key, out var n) ? n : null,
        }).ToList();
        var columns = printed.Select(k => k == "budget" ? new Column("budget", "预算数") : new Column("final", "决算数")).ToList();
        return table with { Columns = columns, Rows = rows };
    }

    private static void ReadRows(StandardTable definition, List<SourceLine> header, List<SourceLine> data, Dictionary<string, Dictionary<string, decimal?>> values, Dictionary<string, int> lines, MappingLedger mapped)
    {
        var all = header.Concat(data).ToList();
        var columns = all.SelectMany(l => l.Filled).Select(c => KindOf(c.Text)).OfType<string>().Distinct().ToList();
        if (columns.Count == 0)
        {
            columns = ["budget"];
        }

        foreach (var line in data)
        {
            var name = string.Concat(line.Filled.Where(c => c.IsText).Select(c => c.Text));
            var key = CategoryOf(name);
            if (key is null || lines.ContainsKey(key))
            {
                continue;
            }

            var cells = line.Cells.SkipWhile(c => !c.IsText).SkipWhile(c => c.IsText).ToList();
            var numbers = line.Tabbed ? cells : [.. cells.Where(c => c.IsNumber)];
            for (var i = 0; i < Math.Min(numbers.Count, columns.Count); i++)
            {
                values[key][columns[i]] = numbers[i].Amount;
            }

            lines[key] = line.Number;
            mapped.Mark(line.Number);
        }
    }

    private static void ReadTransposed(List<SourceLine> header, List<SourceLine> data, Dictionary<string, Dictionary<string, decimal?>> values, Dictionary<string, int> lines, MappingLedger mapped)
    {
        var valueLine = data.FirstOrDefault(l => l.HasNumber && !TableSegmenter.IsColumnNumbering(l) && l.Filled.All(c => c.IsNumber));
        if (valueLine is null)
        {
            return;
        }

        var labelLines = header.Concat(data.TakeWhile(l => l != valueLine)).Where(l => !TableSegmenter.IsColumnNumbering(l)).ToList();
        double Pos(Cell c) => valueLine.Tabbed ? c.Index : c.Center;
        var categories = labelLines.SelectMany((l, row) => l.Filled.Where(c => !c.Text.Contains("三公", StringComparison.Ordinal))
            .Select(c => (Key: CategoryOf(c.Text), Pos: Pos(c), Row: row))).Where(c => c.Key is not null).ToList();
        if (categories.Any(c => c.Key == "vehicle" && labelLines[c.Row].Filled.Any(x => x.Text.Contains("小计", StringComparison.Ordinal))))
        {
            categories.RemoveAll(c => c.Key == "vehicle" && !labelLines[c.Row].Filled.Any(x => x.Text.Contains("小计", StringComparison.Ordinal)));
        }

        var kinds = labelLines.SelectMany(l => l.Filled.Select(c => (Kind: KindOf(c.Text), Pos: Pos(c)))).Where(k => k.Kind is not null).OrderBy(k => k.Pos).ToList();
        var cells = valueLine.Tabbed ? valueLine.Cells.ToList() : [.. valueLine.Filled];
        var leafCount = valueLine.Tabbed ? categories.Select(c => c.Pos).Distinct().Count() : kinds.Count;
        foreach (var cell in cells.Where(c => c.IsNumber))
        {
            string? category;
            string? kind;
            if (kinds.Count > 2)
            {
                // Budget and final printed under every category: the nearest leaf gives the kind, its pair the category.
                // When every leaf has its value, they pair up in order: pdftotext squeezes the first values together.
                var numbersOnLine = cells.Where(c => c.IsNumber).ToList();
                var leaf = numbersOnLine.Count == kinds.Count && !valueLine.Tabbed ? kinds[numbersOnLine.IndexOf(cell)] : kinds.MinBy(k => Math.Abs(k.Pos - Pos(cell)));
                var index = kinds.IndexOf(leaf);
                var pairStart = index - (index % 2);
                var pairCenter = (kinds[pairStart].Pos + kinds[Math.Min(pairStart + 1, kinds.Count - 1)].Pos) / 2;
                kind = leaf.Kind;
                category = categories.Count == 0 ? null : categories.MinBy(c => Math.Abs(c.Pos - pairCenter)).Key;
            }
            else
            {
                var exact = categories.Where(c => c.Pos == Pos(cell)).OrderByDescending(c => c.Row).ToList();
                category = exact.Count > 0 ? exact[0].Key : categories.Count == 0 ? null : categories.MinBy(c => Math.Abs(c.Pos - Pos(cell))).Key;
                var ordinal = cells.Where(c => valueLine.Tabbed || c.IsNumber).ToList().IndexOf(cell);
                var firstKind = kinds.Count > 0 ? kinds[0].Kind : "budget";
                var secondKind = firstKind == "budget" ? "final" : "budget";
                kind = leafCount > 0 && ordinal >= (leafCount + 1) / 2 && leafCount > 6 ? secondKind : firstKind;
            }

            if (category is null || kind is null)
            {
                continue;
            }

            if (!values[category].ContainsKey(kind))
            {
                continue;
            }

            values[category][kind] = cell.Amount;
            lines[category] = valueLine.Number;
            mapped.Mark(valueLine.Number);
        }
    }

    private static string? KindOf(string text) =>
        text.Contains("预算", StringComparison.Ordinal) ? "budget" : text.Contains("决算", StringComparison.Ordinal) || text.Contains("执行", StringComparison.Ordinal) ? "final" : null;

    private static string? CategoryOf(string text)
    {
        var name = Names.Key(text);
        foreach (var (key, words) in Categories)
        {
            if (words.Any(w => name.Contains(w, StringComparison.Ordinal)))
            {
                return key;
            }
        }

        return null;
    }
}
