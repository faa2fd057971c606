using Compliance.Documents.Model;
using Compliance.Rules.Expressions;
using Compliance.Rules.References;
using Compliance.Rules.Tolerance;

namespace Compliance.Rules.Kinds;

/// <summary>
/// A resolved operand: its value (null when blank), the interval it stands for, and the cells it came from.
/// A struct over a <see cref="CellSet"/>: resolving one per row of a per-row rule allocates nothing.
/// </summary>
internal readonly struct OperandValue
{
    public static readonly OperandValue Absent = new(null, Interval.Zero, CellSet.Empty, false);

    private readonly CellSet cells;

    private OperandValue(decimal? value, Interval interval, CellSet cells, bool present)
    {
        Value = value;
        Interval = interval;
        this.cells = cells;
        Present = present;
    }

    public decimal? Value { get; }

    public Interval Interval { get; }

    public bool Present { get; }

    /// <summary>The cells, built on demand (a finding names them).</summary>
    public IReadOnlyList<Cell> Cells => cells.ToList();

    public Cell? First => cells.First;

    public string Label => cells.Count switch
    {
        0 => "",
        1 => cells[0].Row.Name,
        _ => string.Join("+", Cells.Select(c => c.Row.Name)),
    };

    /// <summary>A figure not read from a table (an expression's result): present unless null.</summary>
    public static OperandValue Of(decimal? value) => new(value, Interval.PrintedOrBlank(value), CellSet.Empty, value is not null);

    public static OperandValue FromCells(CellSet cells)
    {
        decimal? value = null;
        var sum = default(PrintedSum);
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells.ValueAt(i) is { } v)
            {
                value = (value ?? 0m) + v;
                sum.Add(v);
            }
        }

        return cells.Count == 0 ? Absent : new OperandValue(value, sum.Interval, cells, true);
    }
}

/// <summary>A figure a declarative rule compares: a cell reference, or any numeric expression.</summary>
internal abstract class Operand
{
    public abstract OperandValue Resolve(EvaluationContext ctx);

    public virtual CellRef? Reference => null;

    public sealed class FromRef(CellRef reference) : Operand
    {
        // Fixed by the reference; asked for every row of a per-row rule, so worked out once.
        private readonly bool matchesByCode = reference.MatchesByCode;

        public override CellRef Reference { get; } = reference;

        public bool IsEach { get; } = reference.IsEach;

        public override OperandValue Resolve(EvaluationContext ctx) => OperandValue.FromCells(Reference.Select(ctx));

        /// <summary>The operand at one row of a per-row rule; <paramref name="bound"/> is <see cref="CellRef.Bind"/> of this check.</summary>
        public OperandValue ResolveFor(BoundRef bound, Row row) => OperandValue.FromCells(bound.Select(row, matchesByCode));

        /// <summary><see cref="ResolveFor(BoundRef, Row)"/> for the row at <paramref name="position"/> of the table <paramref name="from"/>.</summary>
        public OperandValue ResolveFor(BoundRef bound, TableIndex from, int position) => OperandValue.FromCells(SelectFor(bound, from, position));

        /// <summary>The cells of <see cref="ResolveFor(BoundRef, TableIndex, int)"/>, for a rule that reads the figures itself.</summary>
        public CellSet SelectFor(BoundRef bound, TableIndex from, int position) =>
            bound.Select(from.RowAt(position), matchesByCode, from, position);

        public FromRef WithColumn(string column) => Reference.Column == "*" ? new FromRef(Reference with { Column = column }) : this;
    }

    public sealed class FromExpression(CompiledExpression expression) : Operand
    {
        // An expression that yields nothing (a table the document lacks) has nothing to compare.
        public override OperandValue Resolve(EvaluationContext ctx) => OperandValue.Of((decimal?)expression.Evaluate(ctx));
    }
}
