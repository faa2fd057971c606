using System.Runtime.InteropServices;
using Compliance.Documents.Model;

namespace Compliance.Rules.References;

/// <summary>What a row is found by in <see cref="RowGroups"/>.</summary>
internal enum RowIdentity
{
    Key,
    Code,
    LineNo,
    Name,
}

/// <summary>
/// One table's rows grouped by one identity (key, 科目编码, 行次 or normalised name), each group in table order.
/// Built in one pass into flat arrays — a group is a slice of <c>grouped</c> — so a table costs a handful of
/// allocations whatever its length; the group of the table's own row at a position needs no hashing at all.
/// </summary>
internal sealed class RowGroups
{
    private readonly Dictionary<string, int> groupOf;
    private readonly int[] groupOfRow;
    private readonly int[] starts;
    private readonly Row[] grouped;

    public RowGroups(Row[] rows, RowIdentity identity)
    {
        groupOf = new Dictionary<string, int>(rows.Length, StringComparer.Ordinal);
        groupOfRow = new int[rows.Length];
        var counts = new int[rows.Length + 1];
        for (var i = 0; i < rows.Length; i++)
        {
            if (IdentityOf(rows[i], identity) is not { } key)
            {
                groupOfRow[i] = -1;
                continue;
            }

            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groupOf, key, out var exists);
            if (!exists)
            {
                group = groupOf.Count - 1;
            }

            groupOfRow[i] = group;
            counts[group]++;
        }

        // Each group's start in the flat array, then the rows placed at their group's cursor in table order.
        starts = new int[groupOf.Count + 1];
        for (var g = 0; g < groupOf.Count; g++)
        {
            starts[g + 1] = starts[g] + counts[g];
            counts[g] = starts[g];
        }

        grouped = new Row[starts[groupOf.Count]];
        for (var i = 0; i < rows.Length; i++)
        {
            if (groupOfRow[i] is var g and >= 0)
            {
                grouped[counts[g]++] = rows[i];
            }
        }
    }

    /// <summary>The identity a row is grouped by; null when it has none (a row without a key).</summary>
    public static string? IdentityOf(Row row, RowIdentity identity) => identity switch
    {
        RowIdentity.Key => row.Key,
        RowIdentity.Code => row.Code,
        RowIdentity.LineNo => row.LineNo,
        _ => RowSelector.ByName.Normalize(row.Name),
    };

    /// <summary>The rows with this identity, in table order.</summary>
    public RowRange Find(string identity) => groupOf.TryGetValue(identity, out var g) ? Group(g) : RowRange.Empty;

    /// <summary>The rows sharing the identity of the table's row at <paramref name="position"/> (that row among them).</summary>
    public RowRange OfRow(int position) => groupOfRow[position] is var g and >= 0 ? Group(g) : RowRange.Empty;

    private RowRange Group(int g) => new(grouped, starts[g], starts[g + 1] - starts[g]);
}
