namespace Compliance.Documents.Text;

/// <summary>
/// One row's worth of cells inside a line: optional code, name and the value cells after it.
/// Two-sided tables print two or three segments per line.
/// </summary>
internal sealed class Segment(int line, double start)
{
    public int Line { get; } = line;

    public double Start { get; set; } = start;

    public string? Code { get; set; }

    public string Name { get; set; } = "";

    public List<Cell> Values { get; } = [];

    public string? LineNo { get; set; }

    public bool IsNamed => Name.Length > 0 || Code is not null;

    public bool HasValue => Values.Any(c => c.IsNumber);

    public static List<Segment> Of(SourceLine line)
    {
        var cells = line.Tabbed ? line.Cells : [.. line.Filled];
        var segments = new List<Segment>();
        Segment? current = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var position = line.Tabbed ? cell.Index : cell.Start;
            current ??= Add(segments, line.Number, position);
            var continuation = cell.Text.Length == 2 && cell.Text.All(char.IsAsciiDigit) && current.Code is { Length: 3 or 5 } && current.Name.Length == 0;
            if (continuation)
            {
                current.Code += cell.Text;
                continue;
            }

            // A 3-digit integer right after a name that has no value yet is that name's value ("财政拨款 | 100 | 工资福利支出"), not the next row's code.
            // In tab-separated lines it must sit in the cell right after the name; past a blank value cell it is a code.
            var valueOfName = current.Name.Length > 0 && cell.Text.Length == 3 && (!line.Tabbed || (i > 0 && cells[i - 1].IsText));
            if (IsCode(cell.Text) && NextFilledIsText(cells, i) && (current.HasValue || (current.Name.Length > 0 && !valueOfName)))
            {
                current = Add(segments, line.Number, position);
            }

            if (IsCode(cell.Text) && current.Name.Length == 0 && !current.HasValue && current.Code is null)
            {
                current.Start = position;
                current.Code = cell.Text;
                continue;
            }

            if (cell.IsText)
            {
                if (current.HasValue || StartsOtherSide(line, current, cell))
                {
                    current = Add(segments, line.Number, position);
                }

                if (current.Name.Length == 0)
                {
                    // Blank cells before a name are layout, not values; the row starts at its name or code.
                    current.Values.RemoveAll(v => v.IsEmpty);
                    if (current.Code is null)
                    {
                        current.Start = position;
                    }
                }

                current.Name += cell.Text;
                continue;
            }

            current.Values.Add(cell);
        }

        return segments;
    }

    /// <summary>Takes the 行次 (first integer after the name) out of the values.</summary>
    /// <summary>Takes the leading 行次 from the values and returns its cell, or null when the segment prints none.</summary>
    public Cell? TakeLineNumber()
    {
        var at = Values.FindIndex(c => !c.IsEmpty);
        if (at >= 0 && IsLineNumber(Values[at]))
        {
            var cell = Values[at];
            LineNo = cell.Text;
            Values.RemoveRange(0, at + 1);
            return cell;
        }

        return null;
    }

    public static bool IsLineNumber(Cell cell) => cell.Text.Length is > 0 and <= 3 && cell.Text.All(char.IsAsciiDigit);

    private static Segment Add(List<Segment> segments, int line, double start)
    {
        var s = new Segment(line, start);
        segments.Add(s);
        return s;
    }

    // A second name on the same line starts the other side, unless it continues a split word ("合 计").
    private static bool StartsOtherSide(SourceLine line, Segment current, Cell cell)
    {
        if (current.Name.Length <= 1 || cell.Text.Length <= 1)
        {
            return false;
        }

        return line.Tabbed ? current.Values.Count > 0 : true;
    }

    private static bool NextFilledIsText(IReadOnlyList<Cell> cells, int i)
    {
        for (var k = i + 1; k < cells.Count; k++)
        {
            if (cells[k].IsEmpty)
            {
                continue;
            }

            return cells[k].IsText || (cells[k].Text.Length == 2 && cells[k].Text.All(char.IsAsciiDigit));
        }

        return false;
    }

    public static bool IsCode(string s) => s.Length is 3 or 5 or 6 or 7 && s.All(char.IsAsciiDigit);
}
