namespace Compliance.Documents.Text;

/// <summary>
/// Where the sides of a multi-sided table start (收入 | 支出, or 人员经费 | 公用经费 | …), learnt from the
/// lines that print a name on every side, and the assignment of each segment to its side.
/// </summary>
internal sealed class Sides(IReadOnlyList<double> starts)
{
    public int Count => starts.Count;

    public static Sides Find(IReadOnlyList<List<Segment>> lines)
    {
        var counts = lines.Select(l => l.Count(s => s.IsNamed)).Where(c => c > 1).GroupBy(c => c).Where(g => g.Count() >= 2).Select(g => g.Key).ToList();
        if (counts.Count == 0)
        {
            return new Sides([0]);
        }

        var sides = counts.Max();
        var full = lines.Where(l => l.Count(s => s.IsNamed) == sides).Select(l => l.Where(s => s.IsNamed).ToList()).ToList();
        // The leftmost start, not the median: centred labels (总计, 本年支出合计) sit right of where a side begins.
        var starts = Enumerable.Range(0, sides).Select(k => full.Min(l => l[k].Start)).ToList();
        starts[0] = Math.Min(starts[0], 0);
        return new Sides(starts);
    }

    public List<(int Side, Segment Segment)> Split(SourceLine line, List<Segment> segments)
    {
        var result = new List<(int Side, Segment Segment)>();
        foreach (var segment in segments)
        {
            var side = SideOf(segment.Start, line.Tabbed ? 0 : 2);
            var current = segment;
            result.Add((side, current));
            // Values that reach into the next side belong to a row with a blank name there.
            while (side + 1 < starts.Count)
            {
                var boundary = starts[side + 1];
                var cut = current.Values.FindIndex(c => (line.Tabbed ? c.Index : c.Start) >= boundary - (line.Tabbed ? 0 : 1));
                // Only when values sit on both sides of the boundary: a lone value past it is this row's, printed off-grid.
                if (cut < 0 || !current.Values.Take(cut).Any(c => c.IsNumber))
                {
                    break;
                }

                var next = new Segment(current.Line, boundary);
                next.Values.AddRange(current.Values.Skip(cut));
                current.Values.RemoveRange(cut, current.Values.Count - cut);
                side++;
                result.Add((side, next));
                current = next;
            }
        }

        return result;
    }

    public int SideOf(double position, double tolerance)
    {
        var side = 0;
        for (var k = 1; k < starts.Count; k++)
        {
            if (position >= starts[k] - tolerance)
            {
                side = k;
            }
        }

        return side;
    }
}
