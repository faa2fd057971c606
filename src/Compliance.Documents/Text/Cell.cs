using System.Globalization;

namespace Compliance.Documents.Text;

/// <summary>One cell of a table line: its text and where it sits (character offsets; cell index for tab layouts).</summary>
internal sealed record Cell(string Text, int Start, int End, int Index)
{
    public bool IsEmpty => Text.Length == 0;

    // Parsed once: cells are asked many times whether they hold a number.
    public decimal? Amount { get; } = Amounts.Parse(Text);

    public bool IsNumber => Amount.HasValue;

    public bool IsText => Text.Length > 0 && !Amount.HasValue;

    public double Center => (Start + End) / 2.0;

    /// <summary>
    /// Wide (CJK) characters before the cell on its line. pdftotext counts a CJK character as one column;
    /// text laid out for a fixed-width display counts it as two, which puts the cell at Start + Shift.
    /// </summary>
    public int Shift { get; init; }

    public int DisplayStart => Start + Shift;

    public int DisplayEnd => End + Shift + Wide(Text);

    public static int Wide(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is >= '\u2E80' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u3000' and <= '\u303F')
            {
                count++;
            }
        }

        return count;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Text}@{Start}");
}

/// <summary>A normalised source line, split into cells.</summary>
internal sealed record SourceLine(int Number, string Text, bool Tabbed, IReadOnlyList<Cell> Cells)
{
    private IReadOnlyList<Cell>? filled;

    /// <summary>Page of the source (pdftotext starts each page with a form feed); column positions are only comparable within a page.</summary>
    public int Page { get; init; }

    public IReadOnlyList<Cell> Filled => filled ??= NonEmpty(Cells);

    public Cell? First => Filled.Count > 0 ? Filled[0] : null;

    public bool HasNumber
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell.IsNumber)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>One text cell and nothing else: a prose line, a title, a wrapped cell.</summary>
    public bool IsSingleText => Filled.Count == 1 && Filled[0].IsText;

    private static List<Cell> NonEmpty(IReadOnlyList<Cell> cells)
    {
        var filled = new List<Cell>(cells.Count);
        foreach (var cell in cells)
        {
            if (!cell.IsEmpty)
            {
                filled.Add(cell);
            }
        }

        return filled;
    }
}
