using Compliance.Documents.Model;
using Compliance.Rules.Expressions;
using Compliance.Rules.References;
using Compliance.Rules.Tolerance;

namespace Compliance.Rules.Kinds;

/// <summary>A resolved operand: its value (null when blank), the interval it stands for, and the cells it came from.</summary>
internal sealed record OperandValue(decimal? Value, Interval Interval, IReadOnlyList<Cell> Cells, bool Present)
{
    public static readonly OperandValue Absent = new(null, Interval.Zero, [], false);

    public Cell? First => Cells.Count > 0 ? Cells[0] : null;

    public string Label => Cells.Count switch
    {
        0 => "",
        1 => Cells[0].Row.Name,
        _ => string.Join("+", Cells.Select(c => c.Row.Name)),
    };

    public static OperandValue FromCells(IReadOnlyList<Cell> cells)
    {
        decimal? value = null;
        var interval = Interval.Zero;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Value is { } v)
            {
                value = (value ?? 0m) + v;
                interval += Interval.Printed(v);
            }
        }

        return cells.Count == 0 ? Absent : new OperandValue(value, interval, cells, true);
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

        public override OperandValue Resolve(EvaluationContext ctx) => OperandValue.FromCells(Reference.Resolve(ctx));

        public OperandValue ResolveFor(EvaluationContext ctx, Row row) => OperandValue.FromCells(
            Reference.Role is null ? Reference.ResolveFor(ctx.Index, row, matchesByCode) : Reference.ForRow(row).Resolve(ctx));

        public FromRef WithColumn(string column) => Reference.Column == "*" ? new FromRef(Reference with { Column = column }) : this;
    }

    public sealed class FromExpression(CompiledExpression expression) : Operand
    {
        public override OperandValue Resolve(EvaluationContext ctx)
        {
            // An expression that yields nothing (a table the document lacks) has nothing to compare.
            var value = (decimal?)expression.Evaluate(ctx);
            return new OperandValue(value, Interval.PrintedOrBlank(value), [], value is not null);
        }
    }
}
