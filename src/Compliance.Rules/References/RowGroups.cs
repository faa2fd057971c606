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
/// Usually every identity names one row: then a group is that row's slot in the table's own array and the grouping
/// is one dictionary. When some identity is shared, the groups are slices of one flat array, built in one pass, so
/// a table costs a handful of allocations whatever its length. The group of the table's own row at a position
/// needs no hashing at all.
/// </summary>
internal sealed class RowGroups
{
    private readonly Row[] rows;
    private readonly Dictionary<string, int> groupOf;
    private readonly bool[]? identified;
    private readonly SharedGroups? shared;

    public RowGroups(Row[] rows, RowIdentity identity)
    {
        this.rows = rows;
        var count = 0;
        foreach (var row in rows)
        {
            count += IdentityOf(row, identity) is null ? 0 : 1;
        }

        // First as if every identity named one row: each maps to its row's position.
        groupOf = new Dictionary<string, int>(count, StringComparer.Ordinal);
        identified = new bool[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            if (IdentityOf(rows[i], identity) is not { } key)
            {
                continue;
            }

            if (!groupOf.TryAdd(key, i))
            {
                groupOf.Clear();
                identified = null;
                shared = new SharedGroups(rows, identity, groupOf);
                return;
            }

            identified[i] = true;
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
    public RowRange Find(string identity) => !groupOf.TryGetValue(identity, out var g) ? RowRange.Empty
        : shared is null ? new RowRange(rows, g, 1) : shared.Group(g);

    /// <summary>The rows sharing the identity of the table's row at <paramref name="position"/> (that row among them).</summary>
    public RowRange OfRow(int position) => shared is not null ? shared.OfRow(position)
        : identified![position] ? new RowRange(rows, position, 1) : RowRange.Empty;

    /// <summary>Groups of more than one row: numbered in order of first appearance, each a slice of one flat array.</summary>
    private sealed class SharedGroups
    {
        private readonly int[] groupOfRow;
        private readonly int[] starts;
        private readonly Row[] grouped;

        public SharedGroups(Row[] rows, RowIdentity identity, Dictionary<string, int> groupOf)
        {
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

        public RowRange Group(int g) => new(grouped, starts[g], starts[g + 1] - starts[g]);

        public RowRange OfRow(int position) => groupOfRow[position] is var g and >= 0 ? Group(g) : RowRange.Empty;
    }
}
