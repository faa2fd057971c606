namespace Compliance.Documents.Text;

/// <summary>
/// Places each row's values into the table's printed columns. Tab-separated rows are placed by cell order.
/// Space-aligned rows (pdftotext) are placed by where their numbers end, grouped per page into position
/// clusters; when several cluster→column assignments fit the positions, the one under which the table's own
/// arithmetic (total = Σ parts) holds wins. A row whose placement neither positions, arithmetic nor the
/// table's established column pattern can justify is placed but flagged, so the statistics report it.
/// </summary>
internal static class ColumnFit
{
    private const int Gap = 3;
    private const string Doubtful = "栏位不确定：位置、表头和勾稽关系都不能确定数值所在的栏";

    public static void Assign(IReadOnlyList<RowDraft> rows, IReadOnlyList<HeaderColumn> columns, ColumnFormula? formula)
    {
        foreach (var row in rows)
        {
            row.Values = columns.ToDictionary(c => c.Key, _ => (decimal?)null, StringComparer.Ordinal);
            if (columns.Count == 0 && row.Numbers.Count > 0)
            {
                row.Problem = "表头没有可识别的栏目";
            }
        }

        if (columns.Count == 0)
        {
            return;
        }

        foreach (var row in rows.Where(r => r.Tabbed))
        {
            ByOrder(row, columns);
        }

        var spaced = rows.Where(r => !r.Tabbed && r.Numbers.Count > 0).ToList();
        if (columns.Count == 1)
        {
            foreach (var row in spaced)
            {
                var numbers = row.Numbers;
                row.Values[columns[0].Key] = numbers[0].Amount;
                row.Problem ??= numbers.Count > 1 ? "数值多于表头栏目" : null;
            }

            return;
        }

        var usage = new int[columns.Count];
        foreach (var page in spaced.GroupBy(r => r.Page))
        {
            FitPage([.. page], columns, formula, usage);
        }
    }

    private static void ByOrder(RowDraft row, IReadOnlyList<HeaderColumn> columns)
    {
        var cells = row.Cells.ToList();
        while (cells.Count > columns.Count && cells[0].IsEmpty)
        {
            cells.RemoveAt(0);
        }

        while (cells.Count > columns.Count && cells[^1].IsEmpty)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        for (var i = 0; i < Math.Min(cells.Count, columns.Count); i++)
        {
            row.Values[columns[i].Key] = cells[i].Amount;
        }

        if (cells.Skip(columns.Count).Any(c => c.IsNumber))
        {
            row.Problem ??= "数值多于表头栏目";
        }
    }

    private static void FitPage(List<RowDraft> rows, IReadOnlyList<HeaderColumn> columns, ColumnFormula? formula, int[] usage)
    {
        // pdftotext counts a CJK character as one column, fixed-width exports as two: keep whichever reading fits better.
        var plan = Plan(rows, columns, formula, usage, display: false);
        var wide = Plan(rows, columns, formula, usage, display: true);
        if (wide.Fits(plan))
        {
            plan = wide;
        }

        foreach (var row in rows)
        {
            if (plan.Best is null)
            {
                FitRow(row, columns, formula, usage, [.. row.Numbers.Select(n => plan.Hint[plan.ClusterOf(n)])]);
                continue;
            }

            var placed = row.Numbers.Select(n => plan.Best.Map[plan.ClusterOf(n)]).ToList();
            if (placed.Distinct().Count() < placed.Count)
            {
                FitRow(row, columns, formula, usage, placed);
                continue;
            }

            Place(row, columns, placed);
            row.Problem ??= plan.Confident ? null : Doubtful;
            if (plan.Confident)
            {
                Count(usage, placed);
            }
        }
    }

    private static PagePlan Plan(List<RowDraft> rows, IReadOnlyList<HeaderColumn> columns, ColumnFormula? formula, int[] usage, bool display)
    {
        var clusters = Clusters(rows.SelectMany(r => r.Numbers).Select(c => display ? c.DisplayEnd : c.End));
        var hint = clusters.Select((k, i) => HintColumn(columns, k.Max, i, display)).ToArray();
        var plan = new PagePlan(clusters, hint, display);
        if (clusters.Count > columns.Count)
        {
            return plan;
        }

        // Every map is tried against every row, so what does not depend on the map is worked out once: each number's
        // cluster, and whether two numbers of a row share one (a map is increasing, so they then share a column whatever
        // the map). The placement buffer of a row is reused from map to map.
        var rowClusters = rows.Select(r => r.Numbers.Select(plan.ClusterOf).ToArray()).ToList();
        var collides = rowClusters.Select(c => c.Distinct().Count() < c.Length).ToList();
        var placements = rowClusters.Select(c => new int[c.Length]).ToList();
        var usageTotal = usage.Sum();
        var (best, rivals, rivalPrior) = ColumnMaps.Choose(ColumnMaps.Increasing(columns.Count, clusters.Count), map =>
        {
            var arith = 0;
            var prior = 0.0;
            for (var r = 0; r < rows.Count; r++)
            {
                var placed = placements[r];
                for (var i = 0; i < placed.Length; i++)
                {
                    placed[i] = map[rowClusters[r][i]];
                }

                arith += collides[r] ? -2 : RowScore(rows[r], placed, columns, formula);
                prior += Prior(placed, usage, usageTotal);
            }

            var closeness = 0;
            for (var i = 0; i < map.Length; i++)
            {
                closeness += Math.Abs(map[i] - hint[i]);
            }

            return (arith, prior, -closeness);
        });
        var confident = rivals == 0 || best.Closeness == 0 || best.Prior > rivalPrior + 1e-9;
        return plan with { Best = best, Confident = confident };
    }

    /// <summary>A row on its own: every order-keeping placement, judged by arithmetic, then the table's column pattern.</summary>
    private static void FitRow(RowDraft row, IReadOnlyList<HeaderColumn> columns, ColumnFormula? formula, int[] usage, IReadOnlyList<int> suggested)
    {
        var numbers = row.Numbers;
        if (numbers.Count > columns.Count)
        {
            Place(row, columns, [.. Enumerable.Range(0, columns.Count)]);
            row.Problem ??= "数值多于表头栏目";
            return;
        }

        var (best, rivals, rivalPrior) = ColumnMaps.Choose(ColumnMaps.Increasing(columns.Count, numbers.Count), map =>
            (RowScore(row, map, columns, formula), Prior(map, usage, usage.Sum()), -map.Select((c, i) => Math.Abs(c - suggested[i])).Sum()));
        var confident = best.Arith > 0 && (rivals == 0 || best.Prior > rivalPrior + 1e-9);
        Place(row, columns, best.Map);
        row.Problem ??= confident ? null : Doubtful;
        if (confident)
        {
            Count(usage, best.Map);
        }
    }

    private static int RowScore(RowDraft row, IReadOnlyList<int> placed, IReadOnlyList<HeaderColumn> columns, ColumnFormula? formula)
    {
        if (formula is null)
        {
            return 0;
        }

        var numbers = row.Numbers;
        decimal? total = null;
        var parts = new List<decimal>(placed.Count);
        for (var i = 0; i < placed.Count; i++)
        {
            var key = columns[placed[i]].Key;
            if (key == formula.Total)
            {
                total = numbers[i].Amount;
            }
            else if (formula.Parts.Contains(key))
            {
                parts.Add(numbers[i].Amount!.Value);
            }
        }

        return ColumnFormula.Score(total, parts, numbers.Count);
    }

    /// <summary>How often the table's confident rows used these columns; <paramref name="total"/> is the sum of <paramref name="usage"/>.</summary>
    private static double Prior(IReadOnlyList<int> placed, int[] usage, int total)
    {
        if (total == 0)
        {
            return 0;
        }

        var prior = 0.0;
        foreach (var c in placed)
        {
            prior += (double)usage[c] / total;
        }

        return prior;
    }

    private static void Count(int[] usage, IReadOnlyList<int> placed)
    {
        foreach (var c in placed)
        {
            usage[c]++;
        }
    }

    private static void Place(RowDraft row, IReadOnlyList<HeaderColumn> columns, IReadOnlyList<int> placed)
    {
        var numbers = row.Numbers;
        for (var i = 0; i < placed.Count; i++)
        {
            row.Values[columns[placed[i]].Key] = numbers[i].Amount;
        }
    }

    // Numbers are right-aligned under headers that start at their column's left: a value belongs to the last
    // header starting at or before its right edge. Without printed positions, clusters follow the columns in order.
    private static int HintColumn(IReadOnlyList<HeaderColumn> columns, int end, int ordinal, bool display)
    {
        if (columns.Any(c => c.Position < 0))
        {
            return Math.Min(ordinal, columns.Count - 1);
        }

        var column = 0;
        for (var k = 0; k < columns.Count; k++)
        {
            if ((display ? columns[k].DisplayPosition : columns[k].Position) <= end)
            {
                column = k;
            }
        }

        return column;
    }

    private static List<(int Min, int Max)> Clusters(IEnumerable<int> ends)
    {
        var result = new List<(int Min, int Max)>();
        foreach (var end in ends.Distinct().Order())
        {
            if (result.Count > 0 && end - result[^1].Max <= Gap)
            {
                result[^1] = (result[^1].Min, end);
            }
            else
            {
                result.Add((end, end));
            }
        }

        return result;
    }

    /// <summary>A page's value clusters under one position convention, and the cluster→column map that fits best.</summary>
    private sealed record PagePlan(List<(int Min, int Max)> Clusters, int[] Hint, bool Display)
    {
        public MapFit? Best { get; init; }

        public bool Confident { get; init; }

        public int ClusterOf(Cell c)
        {
            var end = Display ? c.DisplayEnd : c.End;
            return Clusters.FindIndex(k => end >= k.Min && end <= k.Max);
        }

        /// <summary>True when this plan explains the page better: arithmetic first, then agreement with the header.</summary>
        public bool Fits(PagePlan other) => Best is not null && (other.Best is null || Best.Arith > other.Best.Arith
            || (Best.Arith == other.Best.Arith && Best.Closeness > other.Best.Closeness));
    }
}
