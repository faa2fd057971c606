namespace Compliance.Documents.Text;

/// <summary>
/// Gathers the rows of a table body: one draft per named segment, with the value cells pdftotext printed
/// on the line above a tall row, and names wrapped onto the next line joined back.
/// </summary>
internal sealed class RowCollector(RowKeyer keyer, Sides sides, bool hasLineNumbers, bool multiSided)
{
    private const int Gap = 3;

    // Where the 行次 cells of this table end, per page: a line holding nothing but a number there is a row that
    // prints only its 行次 (the national template's spare rows 28–30), not values pdftotext lifted above a tall row.
    private readonly List<(int Page, int End)> lineNumberEnds = [];

    /// <summary>Lines that print only a 行次: read, and holding no value.</summary>
    public List<int> LineNumberOnly { get; } = [];

    public List<RowDraft> Collect(List<(SourceLine Line, List<Segment> Segments)> segmented)
    {
        var drafts = new List<RowDraft>();
        var pending = new List<Cell>();
        var pendingLines = new List<int>();
        foreach (var (line, segments) in segmented)
        {
            var parts = sides.Split(line, segments);
            if (parts.All(p => !p.Segment.IsNamed) && parts.Any(p => p.Segment.HasValue) && !line.Tabbed)
            {
                if (hasLineNumbers && IsLineNumberOnly(line))
                {
                    LineNumberOnly.Add(line.Number);
                    continue;
                }

                // pdftotext prints values of a tall row on the line above its name: keep them for the next row.
                pending.AddRange(parts.SelectMany(p => p.Segment.Values).Where(c => c.IsNumber));
                pendingLines.Add(line.Number);
                continue;
            }

            if (!line.Tabbed && !multiSided && parts.Count == 1 && parts[0].Segment is { Code: null, HasValue: false } only && only.Name.Length > 0
                && drafts.Count > 0 && keyer.KeyFor(0, only.Name) is null)
            {
                // A wrapped name cell: the rest of the previous row's name.
                drafts[^1].Name += only.Name;
                continue;
            }

            foreach (var (side, segment) in parts)
            {
                var draft = Draft(line, side, segment, pending, pendingLines, drafts.Count == 0);
                if (draft is not null)
                {
                    drafts.Add(draft);
                }
            }

            if (pending.Count == 0)
            {
                pendingLines.Clear();
            }
        }

        return drafts;
    }

    private bool IsLineNumberOnly(SourceLine line) =>
        line.Filled.All(c => Segment.IsLineNumber(c) && lineNumberEnds.Any(e => e.Page == line.Page && Math.Abs(e.End - c.End) <= 1));

    private RowDraft? Draft(SourceLine line, int side, Segment segment, List<Cell> pending, List<int> pendingLines, bool first)
    {
        if (!segment.IsNamed && !segment.HasValue)
        {
            return null;
        }

        if (hasLineNumbers && segment.TakeLineNumber() is { } number && !line.Tabbed)
        {
            lineNumberEnds.Add((line.Page, number.End));
        }

        if (!segment.IsNamed && segment.Values.All(v => v.IsEmpty))
        {
            return null;
        }

        var taken = new List<int>();
        if (pending.Count > 0 && segment.IsNamed && !line.Tabbed)
        {
            // Values above belong to this row when they sit on its side and in columns its own line leaves empty.
            var mine = pending.Where(c => sides.SideOf(c.Start, 2) == side && !segment.Values.Any(v => v.IsNumber && Math.Abs(v.End - c.End) <= Gap)).ToList();
            if (mine.Count > 0)
            {
                segment.Values.AddRange(mine);
                segment.Values.Sort((a, b) => a.Start.CompareTo(b.Start));
                pending.RemoveAll(mine.Contains);
                taken.AddRange(pendingLines);
            }
        }

        var key = keyer.Claim(keyer.KeyFor(side, segment.Name), line.Number, first && segment.Name.Length == 0 && segment.Code is null);
        var draft = new RowDraft
        {
            Side = side,
            Key = key,
            Code = keyer.CodeFor(side, segment.Code, key, segment.Name),
            Name = segment.Name,
            LineNo = segment.LineNo,
            SourceLine = line.Number,
            Page = line.Page,
            Tabbed = line.Tabbed,
        };
        draft.Cells.AddRange(line.Tabbed ? segment.Values : segment.Values.Where(c => c.IsNumber));
        draft.Lines.Add(line.Number);
        draft.Lines.AddRange(taken);
        return draft;
    }
}
