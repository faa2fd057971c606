using Compliance.Documents.Catalogue;

namespace Compliance.Documents.Text;

/// <summary>
/// The columns a table actually prints, per side, read from its header. A column the header does not
/// print is left out, so a rule referring to it skips instead of reading blanks.
/// </summary>
internal static class PrintedColumns
{
    private static readonly StandardColumn FiscalIncome = new("amount", "金额", ["金额", "决算数", "预算数", "合计"]);

    private static readonly StandardColumn[] FiscalExpenditure =
    [
        new("total", "合计", ["合计", "小计", "金额", "决算数", "预算数"]),
        new("general", "一般公共预算财政拨款", ["一般公共预算财政拨款", "一般公共预算"]),
        new("fund", "政府性基金预算财政拨款", ["政府性基金预算财政拨款", "政府性基金预算", "政府性基金"]),
        new("capital", "国有资本经营预算财政拨款", ["国有资本经营预算财政拨款", "国有资本经营预算", "国有资本经营"]),
    ];

    /// <summary>Printed columns of a one-sided table; when no header is printed, the first catalogue columns, as many as rows carry values.</summary>
    public static List<HeaderColumn> OneSided(StandardTable definition, IReadOnlyList<SourceLine> header, int maxValues)
    {
        var mapped = ColumnMapper.Map(definition, [.. header.Where(IsHeaderLine)]);
        return mapped.Count > 0 ? mapped : Unpositioned(definition.Columns.Take(Math.Max(1, maxValues)));
    }

    /// <summary>Printed columns of each side of a multi-sided table (收入 | 支出, 人员经费 | 公用经费).</summary>
    public static List<List<HeaderColumn>> PerSide(StandardTable definition, IReadOnlyList<SourceLine> header, Sides sides)
    {
        var labels = header.Where(IsHeaderLine).SelectMany(l => l.Filled.Where(c => c.IsText).Select(c => (Cell: c, l.Tabbed))).ToList();
        var result = new List<List<HeaderColumn>>();
        for (var side = 0; side < sides.Count; side++)
        {
            var candidates = Candidates(definition, side);
            var mine = labels.Where(l => sides.SideOf(l.Tabbed ? l.Cell.Index : l.Cell.Start, l.Tabbed ? 0 : 2) == side).ToList();
            var found = new List<HeaderColumn>();
            foreach (var (text, position, display) in Stacked(mine))
            {
                var key = ColumnMapper.KeyOf(candidates, text);
                if (key is not null && found.All(f => f.Key != key))
                {
                    found.Add(new HeaderColumn(key, text, position) { DisplayPosition = display });
                }
            }

            // pdftotext wraps long headers into fragments ("一般公共预算" / "财" / "政拨款"): look for the words in the side's text.
            var joined = Names.Key(string.Concat(mine.Select(l => l.Cell.Text)));
            var wrapped = candidates.Where(c => found.All(f => f.Key != c.Key) && c.Synonyms.Any(s => Names.CachedKey(s).Length >= 4 && joined.Contains(Names.CachedKey(s), StringComparison.Ordinal))).ToList();
            if (wrapped.Count > 0)
            {
                found = Unpositioned(candidates.Where(c => found.Any(f => f.Key == c.Key) || wrapped.Contains(c)));
            }

            result.Add(found.Count > 0 ? found : Unpositioned(candidates.Take(1)));
        }

        return result;
    }

    /// <summary>
    /// Header labels with their position. pdftotext prints a wrapped header as fragments starting at the same
    /// place on successive lines ("一般公共" / "预算财政" / "拨款"): those are joined in line order.
    /// </summary>
    private static List<(string Text, double Position, double Display)> Stacked(List<(Cell Cell, bool Tabbed)> labels)
    {
        if (labels.Count == 0 || labels[0].Tabbed)
        {
            return [.. labels.OrderBy(l => l.Cell.Index).Select(l => (l.Cell.Text, -1.0, -1.0))];
        }

        var groups = new List<(int Start, string Text, int Display)>();
        foreach (var (cell, _) in labels)
        {
            var at = groups.FindIndex(g => Math.Abs(g.Start - cell.Start) <= 2);
            if (at < 0)
            {
                groups.Add((cell.Start, cell.Text, cell.DisplayStart));
            }
            else
            {
                groups[at] = (Math.Min(groups[at].Start, cell.Start), groups[at].Text + cell.Text, Math.Min(groups[at].Display, cell.DisplayStart));
            }
        }

        return [.. groups.OrderBy(g => g.Start).Select(g => (g.Text, (double)g.Start, (double)g.Display))];
    }

    private static IReadOnlyList<StandardColumn> Candidates(StandardTable definition, int side) =>
        definition.Id switch
        {
            StandardTables.FiscalSummary => side == 0 ? [FiscalIncome] : FiscalExpenditure,
            // Side by side, 人员经费 and 公用经费 are the sides' captions; each side prints one 决算数 column.
            StandardTables.GeneralPublicBasic => [definition.Column("amount")!],
            _ => definition.Columns,
        };

    // Positions unknown: values are placed in printed order.
    private static List<HeaderColumn> Unpositioned(IEnumerable<StandardColumn> columns) =>
        [.. columns.Select((c, i) => new HeaderColumn(c.Key, c.Name, -1 - i))];

    private static bool IsHeaderLine(SourceLine line) => !(line.IsSingleText && line.Text.Trim().Length > 30);
}
