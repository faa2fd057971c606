namespace Compliance.Documents.Model;

/// <summary>A standard table: its catalogue id, the title as printed, its unit, columns and rows.</summary>
public sealed record Table
{
    /// <summary>Catalogue id (see <see cref="Catalogue.StandardTables"/>).</summary>
    public required string Id { get; init; }

    /// <summary>Title as printed.</summary>
    public required string Title { get; init; }

    /// <summary>Unit of the table's amounts.</summary>
    public string Unit { get; init; } = Units.TenThousandYuan;

    /// <summary>Columns in printed order.</summary>
    public IReadOnlyList<Column> Columns { get; init; } = [];

    /// <summary>Rows in printed order.</summary>
    public IReadOnlyList<Row> Rows { get; init; } = [];

    /// <summary>True when the document states the table has no content (本部门没有…支出).</summary>
    public bool StatedEmpty { get; init; }

    /// <summary>Line of the title in the source text, when read from text.</summary>
    public int? SourceLine { get; init; }

    /// <summary>The column with the given key, or null.</summary>
    public Column? Column(string key) => Columns.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));
}

/// <summary>A column: canonical key, header as printed and its 栏次 when printed.</summary>
/// <param name="Key">Canonical key, e.g. <c>total</c>, <c>basic</c>, <c>project</c>.</param>
/// <param name="Header">Header as printed.</param>
/// <param name="Number">栏次 as printed, or null.</param>
public sealed record Column(string Key, string Header, string? Number = null);

/// <summary>
/// A table row: canonical key (for fixed rows such as 本年收入合计), 行次, 科目编码 and name,
/// and values by column key. A null value is a blank cell: not stated, which is not zero.
/// </summary>
public sealed record Row
{
    /// <summary>Canonical key for fixed rows (e.g. <c>income.total</c>), or null for classification rows.</summary>
    public string? Key { get; init; }

    /// <summary>行次 as printed.</summary>
    public string? LineNo { get; init; }

    /// <summary>科目编码 (functional 201/20103/2010350 or economic 301/30101).</summary>
    public string? Code { get; init; }

    /// <summary>Row name as printed.</summary>
    public required string Name { get; init; }

    /// <summary>Values by column key; null is a blank cell.</summary>
    public IReadOnlyDictionary<string, decimal?> Values { get; init; } = new Dictionary<string, decimal?>();

    /// <summary>Line in the source text, when read from text.</summary>
    public int? SourceLine { get; init; }

    /// <summary>Workbook cell of each value by column key (<c>表1!E27</c>), when read from a workbook.</summary>
    public IReadOnlyDictionary<string, string>? SourceCells { get; init; }

    /// <summary>The value in the column, or null when blank or absent.</summary>
    public decimal? Value(string column) => Values.TryGetValue(column, out var v) ? v : null;
}
