using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Rules.References;

/// <summary>
/// A reference to table cells: <c>table[rows].column</c>, e.g. <c>summary[income.total].amount</c>,
/// <c>expenditure[类].total</c>, <c>income[*].fiscal</c>, <c>sangong[vehicle.purchase].final</c>, <c>summary[#27].#1</c>.
/// Several row selectors separated by commas pick several rows; their values add up. In a cross-document
/// rule set a role prefix addresses the other document: <c>budget.sangong[total].budget</c>, <c>prior.summary[income.total].amount</c>.
/// </summary>
internal sealed record CellRef(string TableId, IReadOnlyList<RowSelector> Rows, string Column)
{
    /// <summary>The document role (<c>budget</c>, <c>final</c>, <c>prior</c>); null for the document under check.</summary>
    public string? Role { get; init; }

    public bool IsEach => Rows.Any(r => r.IsEach);

    public bool MatchesByCode => Rows.Any(r => r is RowSelector.EachCoded);

    /// <summary>The cells this reference picks in the document its role names in the context.</summary>
    public IReadOnlyList<Cell> Resolve(Expressions.EvaluationContext ctx) => Select(ctx).ToList();

    /// <summary><see cref="Resolve(Expressions.EvaluationContext)"/> without building the cells.</summary>
    public CellSet Select(Expressions.EvaluationContext ctx) =>
        Role is null ? Select(ctx.Index, null) : Select(ctx.IndexFor(Role), ctx.For(Role).Info);

    /// <summary>The cells this reference picks, through the lookups of the check in progress; <paramref name="origin"/> names a linked document.</summary>
    public CellSet Select(DocumentIndex document, DocumentInfo? origin)
    {
        // A table that declares its columns and lacks this one does not print the figure at all:
        // that is "not stated", not a blank cell, so nothing is resolved.
        if (document.Table(TableId) is not { } table || table.ColumnKey(Column) is not { } key)
        {
            return CellSet.Empty;
        }

        var rows = Rows.Count == 1 ? table.Rows(Rows[0]) : RowsOfEvery(table);
        return rows.Count == 0 ? CellSet.Empty : new CellSet(table.Table, rows, key, origin);
    }

    /// <summary>
    /// The table and column this reference reads, looked up once for a per-row rule (<c>income[*].total</c>), which
    /// then points it at each row with <see cref="BoundRef.Select"/>.
    /// </summary>
    public BoundRef Bind(Expressions.EvaluationContext ctx)
    {
        var (document, origin) = Role is null ? (ctx.Index, null) : (ctx.IndexFor(Role), ctx.For(Role).Info);
        return document.Table(TableId) is { } table && table.ColumnKey(Column) is { } key ? new BoundRef(table, key, origin) : default;
    }

    private RowRange RowsOfEvery(TableIndex table)
    {
        var picked = new RowRange[Rows.Count];
        var most = 0;
        for (var s = 0; s < picked.Length; s++)
        {
            picked[s] = table.Rows(Rows[s]);
            most += picked[s].Count;
        }

        var rows = new Row[most];
        var count = 0;
        foreach (var range in picked)
        {
            for (var i = 0; i < range.Count; i++)
            {
                // Rows are records: the same row, not an equal one, is what must not be counted twice.
                if (!Holds(rows, count, range[i]))
                {
                    rows[count++] = range[i];
                }
            }
        }

        return new RowRange(rows, 0, count);
    }

    private static bool Holds(Row[] rows, int count, Row row)
    {
        for (var i = 0; i < count; i++)
        {
            if (ReferenceEquals(rows[i], row))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => $"{(Role is null ? "" : Role + ".")}{TableId}[{string.Join(", ", Rows)}].{Column}";

    /// <summary>Whether the id names a catalogue table.</summary>
    public static bool IsTableId(string id) => StandardTables.Find(id) is not null;
}

/// <summary>One resolved cell with everything a finding needs to point at it.</summary>
internal sealed record Cell(Table Table, Row Row, string ColumnKey)
{
    /// <summary>The linked document the cell was read from; null for the document under check.</summary>
    public DocumentInfo? Origin { get; init; }

    public decimal? Value => Row.Value(ColumnKey);

    public string RowLabel => Row switch
    {
        { Code: { Length: > 0 } code } => $"{code} {Row.Name}",
        { LineNo: { Length: > 0 } line } => $"{Row.Name}（{line}行）",
        _ => Row.Name,
    };

    public string ColumnLabel
    {
        get
        {
            var column = Table.Column(ColumnKey);
            var header = column?.Header ?? StandardTables.Find(Table.Id)?.Column(ColumnKey)?.Name ?? ColumnKey;
            return column?.Number is { Length: > 0 } n ? $"{header}（{n}栏）" : header;
        }
    }
}

/// <summary>A reference's table and column in one check; <c>default</c> when the table or the column is absent.</summary>
internal readonly struct BoundRef(TableIndex? table, string? key, DocumentInfo? origin)
{
    /// <summary>
    /// The cells standing where <paramref name="row"/> stands: the row with the same key, 科目编码 (always, when
    /// <paramref name="byCode"/>), 行次 or name in the bound table.
    /// </summary>
    public CellSet Select(Row row, bool byCode) => Select(row, byCode, null, 0);

    /// <summary><see cref="Select(Row, bool)"/> for the row at <paramref name="position"/> of <paramref name="from"/>.</summary>
    public CellSet Select(Row row, bool byCode, TableIndex? from, int position)
    {
        if (table is null)
        {
            return CellSet.Empty;
        }

        var rows = !byCode && ReferenceEquals(table, from) ? table.RowsLikeOwn(position) : table.RowsLike(row, byCode);
        return rows.Count == 0 ? CellSet.Empty : new CellSet(table.Table, rows, key, origin);
    }
}
