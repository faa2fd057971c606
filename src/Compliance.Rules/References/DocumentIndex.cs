using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Rules.References;

/// <summary>
/// Lookups over one document that every rule of a check shares: tables by id, and per table the rows by key,
/// code, 行次, name and level, built on first use. Resolving a reference then costs a dictionary lookup instead of
/// a scan of the table — per-row rules (<c>income[*].total</c>) were quadratic in the rows without it.
/// Not thread-safe: one check of one document uses it, on one thread.
/// </summary>
internal sealed class DocumentIndex(Document document)
{
    private readonly Dictionary<string, TableIndex?> tables = new(StringComparer.Ordinal);

    public Document Document { get; } = document;

    public TableIndex? Table(string id)
    {
        if (!tables.TryGetValue(id, out var index))
        {
            index = Find(Document.Tables, id) is { } table ? new TableIndex(table) : null;
            tables[id] = index;
        }

        return index;
    }

    // Document.Table without its closure per call: the first table with the id.
    private static Table? Find(IReadOnlyList<Table> tables, string id)
    {
        for (var i = 0; i < tables.Count; i++)
        {
            if (string.Equals(tables[i].Id, id, StringComparison.Ordinal))
            {
                return tables[i];
            }
        }

        return null;
    }
}

/// <summary>One table's rows grouped for the row selectors; each grouping keeps the table's row order.</summary>
internal sealed class TableIndex(Table table)
{
    // Rows are never changed here: the table's own array when it has one.
    private readonly Row[] rows = table.Rows as Row[] ?? [.. table.Rows];
    private readonly RowGroups?[] groups = new RowGroups?[4];
    private readonly int[] scans = new int[4];
    private RowRange[]? byLevel;
    private byte[]? levelOfRow;
    private Row[]? coded;
    private (Row Parent, RowRange Children)[]? families;
    private Dictionary<string, string?>? columnKeys;

    public Table Table { get; } = table;

    /// <summary>The table's row at a position.</summary>
    public Row RowAt(int position) => rows[position];

    /// <summary>The rows a selector picks, in table order.</summary>
    public RowRange Rows(RowSelector selector) => selector switch
    {
        RowSelector.ByKey k => Find(RowIdentity.Key, k.Key),
        RowSelector.ByCode c => Find(RowIdentity.Code, c.Code),
        RowSelector.ByLineNo l => Find(RowIdentity.LineNo, l.LineNo),
        RowSelector.ByName n => Find(RowIdentity.Name, RowSelector.ByName.Normalize(n.Name)),
        RowSelector.ByLevel l when l.Level is >= 1 and <= 3 => Levels()[l.Level],
        RowSelector.Each => RowRange.Of(rows),
        RowSelector.EachCoded => RowRange.Of(coded ??= Array.FindAll(rows, selector.Matches)),
        _ => RowRange.Of(Array.FindAll(rows, selector.Matches)),
    };

    /// <summary>
    /// The rows standing where <paramref name="row"/> (of this or another table) stands: by 科目编码 when
    /// <paramref name="byCode"/> and the row has one, else by its key, code, 行次 or name, whichever it has first.
    /// </summary>
    public RowRange RowsLike(Row row, bool byCode)
    {
        var identity = byCode && row.Code is { Length: > 0 } ? RowIdentity.Code : IdentityOf(row);
        return Find(identity, RowGroups.IdentityOf(row, identity)!);
    }

    /// <summary>
    /// <see cref="RowsLike"/> (not by code) for this table's own row at <paramref name="position"/>: the row's own
    /// group, found without hashing — a per-row rule asks it for every part and every column of each row.
    /// </summary>
    public RowRange RowsLikeOwn(int position) => Groups(IdentityOf(rows[position])).OfRow(position);

    /// <summary>
    /// The column key a reference's column names here, or null when the table declares its columns and lacks it
    /// (the figure is not printed at all, which is not the same as a blank cell).
    /// </summary>
    public string? ColumnKey(string column)
    {
        columnKeys ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!columnKeys.TryGetValue(column, out var key))
        {
            key = LookUpColumnKey(column);
            columnKeys[column] = key;
        }

        return key;
    }

    // Apart from ColumnKey: the lambda capturing the column would allocate its closure on every call, found or not.
    private string? LookUpColumnKey(string column)
    {
        var key = column.StartsWith('#') ? Table.Columns.FirstOrDefault(c => c.Number == column[1..])?.Key ?? column : column;
        return Table.Columns.Count > 0 && Table.Column(key) is null ? null : AsRowsSpellIt(key);
    }

    // The rows' own instance of a column key (a rule's copy is another string): every figure read then finds its
    // key in the row's dictionary by reference, without comparing the characters.
    private string AsRowsSpellIt(string key)
    {
        foreach (var row in rows)
        {
            if (row.Values is Dictionary<string, decimal?> values)
            {
                foreach (var own in values.Keys)
                {
                    if (string.Equals(own, key, StringComparison.Ordinal))
                    {
                        return own;
                    }
                }
            }
        }

        return key;
    }

    /// <summary>
    /// Each functional-classification row that may have children (类 and 款), in table order, with the coded rows
    /// one level below it (its 款 or 项), in table order; worked out once for every column a hierarchy rule reads.
    /// </summary>
    public (Row Parent, RowRange Children)[] Families() => families ??= BuildFamilies();

    // A row is found by the first of key, code, 行次 and name it has.
    private static RowIdentity IdentityOf(Row row) => row switch
    {
        { Key: not null } => RowIdentity.Key,
        { Code.Length: > 0 } => RowIdentity.Code,
        { LineNo.Length: > 0 } => RowIdentity.LineNo,
        _ => RowIdentity.Name,
    };

    private RowGroups Groups(RowIdentity identity) => groups[(int)identity] ??= new RowGroups(rows, identity);

    // Grouping a table costs about as much as a dozen scans of it: a table asked for a few fixed rows (most are,
    // by a handful of rules) is scanned; one asked more often than this, as a per-row rule asks, is grouped.
    private const int ScansBeforeGrouping = 8;

    private RowRange Find(RowIdentity identity, string key)
    {
        if (groups[(int)identity] is not null || ++scans[(int)identity] > ScansBeforeGrouping)
        {
            return Groups(identity).Find(key);
        }

        var found = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            if (string.Equals(RowGroups.IdentityOf(rows[i], identity), key, StringComparison.Ordinal))
            {
                if (found >= 0)
                {
                    // Several rows share it: the grouping holds them together in table order.
                    return Groups(identity).Find(key);
                }

                found = i;
            }
        }

        return found < 0 ? RowRange.Empty : new RowRange(rows, found, 1);
    }

    private static int LevelOf(Row row)
    {
        var level = FunctionalClasses.Level(row.Code);
        return level > 0 && !row.Code.AsSpan().ContainsAnyExceptInRange('0', '9') ? level : 0;
    }

    // Slot 0 holds the rows that may have children (类 and 款); slots 1–3 the rows of each level.
    private RowRange[] Levels()
    {
        if (byLevel is null)
        {
            levelOfRow = new byte[rows.Length];
            var counts = new int[4];
            for (var i = 0; i < rows.Length; i++)
            {
                levelOfRow[i] = (byte)LevelOf(rows[i]);
                counts[levelOfRow[i]]++;
            }

            var levels = new[] { new Row[counts[1] + counts[2]], new Row[counts[1]], new Row[counts[2]], new Row[counts[3]] };
            Array.Clear(counts);
            for (var i = 0; i < rows.Length; i++)
            {
                var level = levelOfRow[i];
                if (level > 0)
                {
                    levels[level][counts[level]++] = rows[i];
                }

                if (level is 1 or 2)
                {
                    levels[0][counts[0]++] = rows[i];
                }
            }

            byLevel = [.. levels.Select(RowRange.Of)];
        }

        return byLevel;
    }

    private (Row Parent, RowRange Children)[] BuildFamilies()
    {
        // The parents' codes number the families; a child finds its parent by its code less the last two digits,
        // looked up as a span so that no substring is cut per row.
        var parents = Levels()[0];
        var familyOf = new Dictionary<string, int>(parents.Count, StringComparer.Ordinal);
        for (var i = 0; i < parents.Count; i++)
        {
            familyOf.TryAdd(parents[i].Code!, familyOf.Count);
        }

        var byPrefix = familyOf.GetAlternateLookup<ReadOnlySpan<char>>();
        var familyOfRow = new int[rows.Length];
        var counts = new int[familyOf.Count + 1];
        for (var i = 0; i < rows.Length; i++)
        {
            familyOfRow[i] = levelOfRow![i] >= 2 && byPrefix.TryGetValue(rows[i].Code.AsSpan()[..^2], out var f) ? f : -1;
            if (familyOfRow[i] >= 0)
            {
                counts[familyOfRow[i]]++;
            }
        }

        var starts = new int[familyOf.Count + 1];
        for (var f = 0; f < familyOf.Count; f++)
        {
            starts[f + 1] = starts[f] + counts[f];
            counts[f] = starts[f];
        }

        var children = new Row[starts[familyOf.Count]];
        for (var i = 0; i < rows.Length; i++)
        {
            if (familyOfRow[i] is var f and >= 0)
            {
                children[counts[f]++] = rows[i];
            }
        }

        var result = new (Row Parent, RowRange Children)[parents.Count];
        for (var i = 0; i < parents.Count; i++)
        {
            var f = familyOf[parents[i].Code!];
            result[i] = (parents[i], new RowRange(children, starts[f], starts[f + 1] - starts[f]));
        }

        return result;
    }
}
