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

    /// <summary>The column key, resolving a 栏次 reference (<c>#1</c>) against the table.</summary>
    public string ColumnKey(Table table) =>
        Column.StartsWith('#') ? table.Columns.FirstOrDefault(c => c.Number == Column[1..])?.Key ?? Column : Column;

    /// <summary>The cells this reference picks in the document its role names in the context.</summary>
    public IReadOnlyList<Cell> Resolve(Expressions.EvaluationContext ctx) =>
        Role is null ? Resolve(ctx.Index) : Resolve(ctx.IndexFor(Role), ctx.For(Role).Info);

    /// <summary>The cells this reference picks in the document, in row order; empty when the table is absent.</summary>
    public IReadOnlyList<Cell> Resolve(Document document, DocumentInfo? origin = null) => Resolve(new DocumentIndex(document), origin);

    /// <summary>The cells this reference picks, through the lookups of the check in progress; <paramref name="origin"/> names a linked document.</summary>
    public IReadOnlyList<Cell> Resolve(DocumentIndex document, DocumentInfo? origin = null) =>
        Rows.Count == 1 ? Resolve(document, Rows[0], origin) : ResolveMany(document, origin);

    /// <summary>The same reference pointed at one row (used when a rule runs for each row).</summary>
    public CellRef ForRow(Row row) => this with { Rows = [SelectorFor(row)] };

    /// <summary>The cells of <see cref="ForRow"/> without building the reference; <paramref name="byCode"/> is <see cref="MatchesByCode"/>.</summary>
    public IReadOnlyList<Cell> ResolveFor(DocumentIndex document, Row row, bool byCode) => Resolve(document, SelectorFor(row, byCode), null);

    private RowSelector SelectorFor(Row row) => SelectorFor(row, MatchesByCode);

    private static RowSelector SelectorFor(Row row, bool byCode) =>
        row.Code is { Length: > 0 } code && byCode ? new RowSelector.ByCode(code) : RowFor(row);

    private IReadOnlyList<Cell> Resolve(DocumentIndex document, RowSelector selector, DocumentInfo? origin)
    {
        if (document.Table(TableId) is not { } table || table.ColumnKey(Column) is not { } key)
        {
            return [];
        }

        var rows = table.Rows(selector);
        if (rows.Count == 0)
        {
            return [];
        }

        var cells = new Cell[rows.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = new Cell(table.Table, rows[i], key) { Origin = origin };
        }

        return cells;
    }

    private List<Cell> ResolveMany(DocumentIndex document, DocumentInfo? origin)
    {
        // A table that declares its columns and lacks this one does not print the figure at all:
        // that is "not stated", not a blank cell, so nothing is resolved.
        var cells = new List<Cell>();
        if (document.Table(TableId) is not { } table || table.ColumnKey(Column) is not { } key)
        {
            return cells;
        }

        foreach (var selector in Rows)
        {
            foreach (var row in table.Rows(selector))
            {
                if (!cells.Exists(c => ReferenceEquals(c.Row, row)))
                {
                    cells.Add(new Cell(table.Table, row, key) { Origin = origin });
                }
            }
        }

        return cells;
    }

    private static RowSelector RowFor(Row row) => row switch
    {
        { Key: { } k } => new RowSelector.ByKey(k),
        { Code: { Length: > 0 } c } => new RowSelector.ByCode(c),
        { LineNo: { Length: > 0 } l } => new RowSelector.ByLineNo(l),
        _ => new RowSelector.ByName(row.Name),
    };

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
