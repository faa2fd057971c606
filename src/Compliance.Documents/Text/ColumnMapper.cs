using Compliance.Documents.Catalogue;

namespace Compliance.Documents.Text;

/// <summary>A header label matched to a canonical column key, with where it was printed.</summary>
internal sealed record HeaderColumn(string Key, string Header, double Position)
{
    /// <summary>Where the header starts when CJK characters are counted two columns wide.</summary>
    public double DisplayPosition { get; init; } = Position;
}

/// <summary>Maps printed column headers to canonical column keys by synonyms.</summary>
internal static class ColumnMapper
{
    private static readonly string[] NotColumns = ["项目", "科目名称", "科目编码", "栏次", "行次", "类", "款", "项", "其中", "单位名称", "单位编码", "功能分类", "经济分类"];

    /// <summary>
    /// Header labels of the lines before the first data line, in printed order, each mapped to a key.
    /// Space-aligned headers wrapped over several lines are joined by horizontal overlap first.
    /// </summary>
    public static List<HeaderColumn> Map(StandardTable table, IReadOnlyList<SourceLine> header)
    {
        var labels = header.Any(l => l.Tabbed) ? TabLabels(header) : SpaceLabels(header);
        var result = new List<HeaderColumn>();
        foreach (var (text, position, display) in labels.OrderBy(l => l.Position))
        {
            var key = KeyOf(table, text);
            if (key is not null && result.All(r => r.Key != key))
            {
                result.Add(new HeaderColumn(key, text, position) { DisplayPosition = display });
            }
        }

        return result;
    }

    public static string? KeyOf(StandardTable table, string printed) => KeyOf(table.Columns, printed);

    public static string? KeyOf(IReadOnlyList<StandardColumn> columns, string printed)
    {
        var label = Names.Key(printed);
        if (label.Length == 0 || NotColumns.Contains(label))
        {
            return null;
        }

        foreach (var column in columns)
        {
            if (column.Synonyms.Any(s => Names.CachedKey(s) == label))
            {
                return column.Key;
            }
        }

        StandardColumn? best = null;
        var bestLength = 0;
        foreach (var column in columns)
        {
            foreach (var synonym in column.Synonyms.Select(Names.CachedKey))
            {
                if (synonym.Length > bestLength && synonym.Length >= 2 && label.Contains(synonym, StringComparison.Ordinal))
                {
                    best = column;
                    bestLength = synonym.Length;
                }
            }
        }

        return best?.Key;
    }

    private static List<(string Text, double Position, double Display)> TabLabels(IReadOnlyList<SourceLine> header) =>
        [.. header.SelectMany(l => l.Cells.Where(c => c.IsText).Select(c => (c.Text, (double)c.Index, (double)c.Index)))];

    private static List<(string Text, double Position, double Display)> SpaceLabels(IReadOnlyList<SourceLine> header)
    {
        var groups = new List<(int Start, int End, string Text, int Display)>();
        // "基本支出 项目支出": two headers one space apart are two columns.
        var cells = header.SelectMany(l => l.Cells.Where(c => c.IsText)).SelectMany(SplitWords);
        foreach (var cell in cells)
        {
            var at = groups.FindIndex(g => cell.Start < g.End && cell.End > g.Start);
            if (at < 0)
            {
                groups.Add((cell.Start, cell.End, cell.Text, cell.DisplayStart));
            }
            else
            {
                var g = groups[at];
                groups[at] = (Math.Min(g.Start, cell.Start), Math.Max(g.End, cell.End), g.Text + cell.Text, Math.Min(g.Display, cell.DisplayStart));
            }
        }

        return [.. groups.Select(g => (g.Text, (double)g.Start, (double)g.Display))];
    }

    private static IEnumerable<Cell> SplitWords(Cell cell)
    {
        var words = cell.Text.Split(' ');
        if (words.Length < 2 || words.Any(w => w.Length < 2))
        {
            yield return cell;
            yield break;
        }

        var offset = cell.Start;
        foreach (var word in words)
        {
            yield return new Cell(word, offset, offset + word.Length, cell.Index) { Shift = cell.Shift + Cell.Wide(cell.Text.AsSpan(0, offset - cell.Start)) };
            offset += word.Length + 1;
        }
    }
}
