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

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Text}@{Start}");
}

/// <summary>A normalised source line, split into cells.</summary>
internal sealed record SourceLine(int Number, string Text, bool Tabbed, IReadOnlyList<Cell> Cells)
{
    private IReadOnlyList<Cell>? filled;

    public IReadOnlyList<Cell> Filled => filled ??= [.. Cells.Where(c => !c.IsEmpty)];

    public Cell? First => Filled.Count > 0 ? Filled[0] : null;

    public bool HasNumber => Cells.Any(c => c.IsNumber);

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>One text cell and nothing else: a prose line, a title, a wrapped cell.</summary>
    public bool IsSingleText => Filled.Count == 1 && Filled[0].IsText;
}
