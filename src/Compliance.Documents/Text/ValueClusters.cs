namespace Compliance.Documents.Text;

/// <summary>
/// The columns of a space-aligned table as pdftotext prints them: right edges of numbers line up,
/// headers often do not, so values are grouped by where they end.
/// </summary>
internal sealed class ValueClusters(IReadOnlyList<double> centers)
{
    private const int Gap = 3;

    public static ValueClusters? Of(IEnumerable<Segment> segments, bool singleSided)
    {
        if (!singleSided)
        {
            return null;
        }

        var numbers = segments.SelectMany(s => s.Values).Where(c => c.IsNumber).ToList();
        // Amounts carry decimals; stray integers (split codes, 行次) would invent columns.
        var decimals = numbers.Where(c => c.Text.Contains('.', StringComparison.Ordinal)).ToList();
        var ends = (decimals.Count > 0 ? decimals : numbers).Select(c => c.End).Order().ToList();
        if (ends.Count == 0)
        {
            return null;
        }

        var centers = new List<double>();
        var group = new List<int> { ends[0] };
        foreach (var end in ends.Skip(1))
        {
            if (end - group[^1] > Gap)
            {
                centers.Add(group.Average());
                group = [];
            }

            group.Add(end);
        }

        centers.Add(group.Average());
        return new ValueClusters(centers);
    }

    public int IndexOf(Cell number)
    {
        var best = 0;
        for (var i = 1; i < centers.Count; i++)
        {
            if (Math.Abs(centers[i] - number.End) < Math.Abs(centers[best] - number.End))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>Column index for each cluster: in order when the counts agree, else by nearest header position.</summary>
    public int[] ToColumns(IReadOnlyList<HeaderColumn> columns)
    {
        var map = new int[centers.Count];
        if (centers.Count >= columns.Count || columns.All(c => c.Position < columns.Count))
        {
            for (var i = 0; i < map.Length; i++)
            {
                map[i] = Math.Min(i, columns.Count - 1);
            }

            return map;
        }

        // Numbers are right-aligned and headers start left of them: a value belongs to the last
        // header that starts before the value ends.
        var floor = 0;
        for (var i = 0; i < centers.Count; i++)
        {
            var column = floor;
            for (var k = floor; k < columns.Count - (centers.Count - 1 - i); k++)
            {
                if (columns[k].Position <= centers[i])
                {
                    column = k;
                }
            }

            map[i] = column;
            floor = column + 1;
        }

        return map;
    }
}
