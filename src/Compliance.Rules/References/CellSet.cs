using Compliance.Documents.Model;

namespace Compliance.Rules.References;

/// <summary>
/// The cells a reference picks — rows of one table read at one column — without building a <see cref="Cell"/>
/// per row. Checks read only the figures; the cells themselves are built when a finding has to point at them.
/// </summary>
internal readonly struct CellSet(Table? table, RowRange rows, string? columnKey, DocumentInfo? origin)
{
    public static readonly CellSet Empty = new(null, RowRange.Empty, null, null);

    public int Count => rows.Count;

    public Cell this[int i] => new(table!, rows[i], columnKey!) { Origin = origin };

    public Cell? First => Count > 0 ? this[0] : null;

    /// <summary>The figure of the i-th cell; null when blank.</summary>
    public decimal? ValueAt(int i) => rows[i].Value(columnKey!);

    public IReadOnlyList<Cell> ToList()
    {
        var cells = new Cell[Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = this[i];
        }

        return cells;
    }
}
