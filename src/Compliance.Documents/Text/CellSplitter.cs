namespace Compliance.Documents.Text;

/// <summary>
/// Splits a line into cells: at tabs when the line has them (tab-separated extraction),
/// otherwise at runs of two or more spaces (pdftotext -layout alignment).
/// </summary>
internal static class CellSplitter
{
    public static SourceLine Split(int number, string text)
    {
        var tabbed = text.Contains('\t', StringComparison.Ordinal);
        return new SourceLine(number, text, tabbed, tabbed ? ByTabs(text) : BySpaces(text));
    }

    private static List<Cell> ByTabs(string text)
    {
        // Every line of a tab-separated document comes through here: trim as a span, one string per cell.
        var cells = new List<Cell>(text.AsSpan().Count('\t') + 1);
        var start = 0;
        var index = 0;
        while (start <= text.Length)
        {
            var tab = text.IndexOf('\t', start);
            var end = tab < 0 ? text.Length : tab;
            var raw = text.AsSpan(start, end - start);
            var lead = raw.Length - raw.TrimStart().Length;
            var cell = raw.Trim().ToString();
            cells.Add(new Cell(cell, start + lead, start + lead + cell.Length, index++));
            if (tab < 0)
            {
                break;
            }

            start = tab + 1;
        }

        return cells;
    }

    private static List<Cell> BySpaces(string text)
    {
        var cells = new List<Cell>();
        var i = 0;
        var index = 0;

        // Wide characters before each cell, counted on from the previous cell rather than from the line's start.
        var wide = 0;
        var counted = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            var end = i;
            while (i < text.Length)
            {
                if (text[i] == ' ')
                {
                    // One space inside a cell ("2020 年", "合 计") keeps it together; two end it.
                    if (i + 1 < text.Length && text[i + 1] == ' ')
                    {
                        break;
                    }

                    // A single space between a word and a number, or two numbers, still separates cells.
                    if (i + 1 < text.Length && SeparatesCells(text, start, i))
                    {
                        break;
                    }
                }

                i++;
                end = i;
            }

            var cell = text.AsSpan(start, end - start).TrimEnd().ToString();
            wide += Cell.Wide(text.AsSpan(counted, start - counted));
            counted = start;
            cells.Add(new Cell(cell, start, start + cell.Length, index++) { Shift = wide });
        }

        return cells;
    }

    private static bool SeparatesCells(string text, int start, int space)
    {
        // "2,336.91 603.14": two amounts one space apart are two cells; "2020 年" or "合 计" is one.
        // Asked at every single space of a space-aligned line, so the words are looked at as spans.
        var before = text.AsSpan(start, space - start);
        before = before[(before.LastIndexOf(' ') + 1)..];
        var nextEnd = text.IndexOf(' ', space + 1);
        var after = nextEnd < 0 ? text.AsSpan(space + 1) : text.AsSpan(space + 1, nextEnd - space - 1);
        return before.Contains('.') && after.Contains('.')
            && Amounts.TryParse(before, out _) && Amounts.TryParse(after, out _);
    }
}
