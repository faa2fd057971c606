using Compliance.Documents.Model;

namespace Compliance.Rules.References;

/// <summary>
/// Rows of one table a selector picks, as a slice of an array the table's index keeps: a lookup hands out a slice
/// instead of a list per key, so grouping a table's rows allocates per table, not per row.
/// </summary>
internal readonly struct RowRange(Row[] rows, int start, int count)
{
    public static RowRange Empty => default;

    public int Count => count;

    public Row this[int i] => rows[start + i];

    public static RowRange Of(Row[] rows) => new(rows, 0, rows.Length);
}
