using System.Runtime.InteropServices;
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
            index = Document.Table(id) is { } table ? new TableIndex(table) : null;
            tables[id] = index;
        }

        return index;
    }
}

/// <summary>One table's rows grouped for the row selectors; each grouping keeps the table's row order.</summary>
internal sealed class TableIndex(Table table)
{
    private Dictionary<string, List<Row>>? byKey;
    private Dictionary<string, List<Row>>? byCode;
    private Dictionary<string, List<Row>>? byLineNo;
    private Dictionary<string, List<Row>>? byName;
    private Dictionary<string, List<Row>>? children;
    private List<Row>[]? byLevel;
    private List<Row>? coded;
    private Dictionary<string, string?>? columnKeys;
    private IReadOnlyList<Row>?[]? likeOwn;

    public Table Table { get; } = table;

    /// <summary>The rows a selector picks, in table order.</summary>
    public IReadOnlyList<Row> Rows(RowSelector selector) => selector switch
    {
        RowSelector.ByKey k => Lookup(ref byKey, r => r.Key, k.Key),
        RowSelector.ByCode c => Lookup(ref byCode, r => r.Code, c.Code),
        RowSelector.ByLineNo l => Lookup(ref byLineNo, r => r.LineNo, l.LineNo),
        RowSelector.ByName n => Lookup(ref byName, r => RowSelector.ByName.Normalize(r.Name), RowSelector.ByName.Normalize(n.Name)),
        RowSelector.ByLevel l when l.Level is >= 1 and <= 3 => Levels()[l.Level],
        RowSelector.Each => Table.Rows,
        RowSelector.EachCoded => coded ??= Table.Rows.Where(selector.Matches).ToList(),
        _ => Table.Rows.Where(selector.Matches).ToList(),
    };

    /// <summary>
    /// The rows standing where <paramref name="row"/> (of this or another table) stands: by 科目编码 when
    /// <paramref name="byCode"/> and the row has one, else by its key, code, 行次 or name, whichever it has first.
    /// </summary>
    public IReadOnlyList<Row> RowsLike(Row row, bool byCode) => row switch
    {
        { Code: { Length: > 0 } c } when byCode => Lookup(ref this.byCode, r => r.Code, c),
        { Key: { } k } => Lookup(ref byKey, r => r.Key, k),
        { Code: { Length: > 0 } c } => Lookup(ref this.byCode, r => r.Code, c),
        { LineNo: { Length: > 0 } l } => Lookup(ref byLineNo, r => r.LineNo, l),
        _ => Lookup(ref byName, r => RowSelector.ByName.Normalize(r.Name), RowSelector.ByName.Normalize(row.Name)),
    };

    /// <summary>
    /// <see cref="RowsLike"/> (not by code) for this table's own row at <paramref name="position"/>, remembered: a
    /// per-row rule asks it for every part and every column of each row.
    /// </summary>
    public IReadOnlyList<Row> RowsLikeOwn(int position)
    {
        likeOwn ??= new IReadOnlyList<Row>?[Table.Rows.Count];
        return likeOwn[position] ??= RowsLike(Table.Rows[position], byCode: false);
    }

    /// <summary>
    /// The column key a reference's column names here, or null when the table declares its columns and lacks it
    /// (the figure is not printed at all, which is not the same as a blank cell).
    /// </summary>
    public string? ColumnKey(string column)
    {
        columnKeys ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!columnKeys.TryGetValue(column, out var key))
        {
            key = column.StartsWith('#') ? Table.Columns.FirstOrDefault(c => c.Number == column[1..])?.Key ?? column : column;
            if (Table.Columns.Count > 0 && Table.Column(key) is null)
            {
                key = null;
            }

            columnKeys[column] = key;
        }

        return key;
    }

    /// <summary>Functional-classification rows that may have children (类 and 款), in table order (kept in slot 0 of the levels).</summary>
    public IReadOnlyList<Row> Parents() => Levels()[0];

    /// <summary>The coded rows one level below a 类 or 款 (its 款 or 项), in table order.</summary>
    public IReadOnlyList<Row> Children(string code)
    {
        if (children is null)
        {
            children = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
            foreach (var row in Table.Rows)
            {
                if (LevelOf(row) >= 2)
                {
                    Add(children, row.Code![..^2], row);
                }
            }
        }

        return children.TryGetValue(code, out var rows) ? rows : [];
    }

    private static int LevelOf(Row row)
    {
        var level = FunctionalClasses.Level(row.Code);
        return level > 0 && row.Code!.All(char.IsAsciiDigit) ? level : 0;
    }

    private List<Row>[] Levels()
    {
        if (byLevel is null)
        {
            byLevel = [[], [], [], []];
            foreach (var row in Table.Rows)
            {
                var level = LevelOf(row);
                if (level > 0)
                {
                    byLevel[level].Add(row);
                }

                if (level is 1 or 2)
                {
                    byLevel[0].Add(row);
                }
            }
        }

        return byLevel;
    }

    private IReadOnlyList<Row> Lookup(ref Dictionary<string, List<Row>>? map, Func<Row, string?> keyOf, string key)
    {
        if (map is null)
        {
            map = new Dictionary<string, List<Row>>(Table.Rows.Count, StringComparer.Ordinal);
            foreach (var row in Table.Rows)
            {
                if (keyOf(row) is { } k)
                {
                    Add(map, k, row);
                }
            }
        }

        return map.TryGetValue(key, out var rows) ? rows : [];
    }

    // Almost every key names one row: a group starts with room for one.
    private static void Add(Dictionary<string, List<Row>> map, string key, Row row)
    {
        ref var rows = ref CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
        (rows ??= new List<Row>(1)).Add(row);
    }
}
