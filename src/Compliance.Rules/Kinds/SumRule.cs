using Compliance.Documents.Model;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.References;
using Compliance.Rules.Tolerance;

namespace Compliance.Rules.Kinds;

/// <summary>
/// <c>sum</c>: a total equals the sum of its parts, judged on printed intervals. Three shapes:
/// fixed cells (<c>Total</c>/<c>Parts</c>), a column formula applied to each row (<c>income[*].total</c>),
/// and the functional-classification hierarchy of a table (<c>Hierarchy</c>: 类 = Σ款, 款 = Σ项).
/// <c>Columns</c> repeats the rule for each listed column where a reference names column <c>*</c>.
/// </summary>
internal sealed class SumRule(
    RuleInfo info,
    Operand.FromRef? total,
    IReadOnlyList<Operand.FromRef> parts,
    IReadOnlyList<string> columns,
    string? hierarchyTable,
    decimal slack) : CompiledRule(info)
{
    // The rule as it reads each listed column, built once at load rather than on every document.
    private readonly (string? Column, Operand.FromRef? Total, Operand.FromRef[] Parts)[] variants = columns.Count == 0
        ? [(null, total, [.. parts])]
        : [.. columns.Select(c => ((string?)c, total?.WithColumn(c), parts.Select(p => p.WithColumn(c)).ToArray()))];

    public override void Evaluate(EvaluationContext ctx, List<Finding> findings)
    {
        foreach (var (column, t, ps) in variants)
        {
            if (hierarchyTable is not null)
            {
                CheckHierarchy(ctx, column!, findings);
            }
            else if (t!.IsEach)
            {
                CheckEachRow(ctx, t, ps, findings);
            }
            else
            {
                CheckFixed(ctx, t, ps, findings);
            }
        }
    }

    private void CheckFixed(EvaluationContext ctx, Operand.FromRef t, Operand.FromRef[] ps, List<Finding> findings)
    {
        var statedCells = t.Reference.Select(ctx);
        if (statedCells.Count == 0)
        {
            return;
        }

        // The figures straight from the cells, as Check would add them; operands only for a total that disagrees.
        var statedSum = default(PrintedSum);
        var statedValue = Add(statedCells, ref statedSum);
        var sum = default(PrintedSum);
        var anyPresent = false;
        var allBlankOrZero = true;
        foreach (var p in ps)
        {
            if (p.Reference.Select(ctx) is { Count: > 0 } cells)
            {
                anyPresent = true;
                allBlankOrZero &= Add(cells, ref sum) is null or 0m;
            }
        }

        if (!Agrees(statedValue, statedSum, anyPresent, allBlankOrZero, sum))
        {
            CheckOperands(ctx, t, ps, findings);
        }
    }

    // Apart from CheckFixed: the lambda capturing ctx would allocate its closure on every call of the method.
    private void CheckOperands(EvaluationContext ctx, Operand.FromRef t, Operand.FromRef[] ps, List<Finding> findings) =>
        Check(t.Resolve(ctx), [.. ps.Select(p => p.Resolve(ctx))], findings);

    private void CheckEachRow(EvaluationContext ctx, Operand.FromRef t, Operand.FromRef[] ps, List<Finding> findings)
    {
        // Parts that name fixed cells are the same for every row: resolved once, not once per row; the others
        // have their table and column looked up once.
        OperandValue?[]? fixedParts = null;
        var bound = new BoundRef[ps.Length];
        var fixedSum = default(PrintedSum);
        var fixedPresent = false;
        var fixedBlankOrZero = true;
        for (var i = 0; i < ps.Length; i++)
        {
            if (ps[i].IsEach)
            {
                bound[i] = ps[i].Reference.Bind(ctx);
                continue;
            }

            fixedParts ??= new OperandValue?[ps.Length];
            var cells = ps[i].Reference.Select(ctx);
            fixedParts[i] = OperandValue.FromCells(cells);
            if (cells.Count > 0)
            {
                fixedPresent = true;
                fixedBlankOrZero &= Add(cells, ref fixedSum) is null or 0m;
            }
        }

        if (ctx.Index.Table(t.Reference.TableId) is not { } table)
        {
            return;
        }

        var stated = t.Reference.Bind(ctx);
        OperandValue[]? values = null;
        for (var position = 0; position < table.Table.Rows.Count; position++)
        {
            ctx.Step();
            var statedCells = t.SelectFor(stated, table, position);
            if (statedCells.Count == 0)
            {
                continue;
            }

            // The figures straight from the cells, as Check would add them; operands only for a row that disagrees.
            var statedSum = default(PrintedSum);
            var statedValue = Add(statedCells, ref statedSum);
            var sum = fixedSum;
            var anyPresent = fixedPresent;
            var allBlankOrZero = fixedBlankOrZero;
            for (var i = 0; i < ps.Length; i++)
            {
                if (fixedParts?[i] is null && ps[i].SelectFor(bound[i], table, position) is { Count: > 0 } cells)
                {
                    anyPresent = true;
                    allBlankOrZero &= Add(cells, ref sum) is null or 0m;
                }
            }

            if (Agrees(statedValue, statedSum, anyPresent, allBlankOrZero, sum))
            {
                continue;
            }

            values ??= new OperandValue[ps.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = fixedParts?[i] ?? ps[i].ResolveFor(bound[i], table, position);
            }

            Check(t.ResolveFor(stated, table, position), values, findings);
        }
    }

    // The figure of some cells (null when all are blank), their printed figures added to sum.
    private static decimal? Add(CellSet cells, ref PrintedSum sum)
    {
        decimal? value = null;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells.ValueAt(i) is { } v)
            {
                value = value is { } total ? total + v : v;
                sum.Add(v);
            }
        }

        return value;
    }

    private void CheckHierarchy(EvaluationContext ctx, string column, List<Finding> findings)
    {
        if (ctx.Index.Table(hierarchyTable!) is not { } index)
        {
            return;
        }

        foreach (var (parent, children) in index.Families())
        {
            ctx.Step();
            if (children.Count == 0)
            {
                continue;
            }

            // Read the figures straight from the rows; operands are built only for a parent that disagrees.
            var sum = default(PrintedSum);
            var allBlankOrZero = true;
            for (var i = 0; i < children.Count; i++)
            {
                if (children[i].Value(column) is { } value)
                {
                    allBlankOrZero &= value == 0m;
                    sum.Add(value);
                }
            }

            var stated = parent.Value(column);
            var statedSum = default(PrintedSum);
            if (stated is { } s)
            {
                statedSum.Add(s);
            }

            if (!Agrees(stated, statedSum, true, allBlankOrZero, sum))
            {
                var parts = new OperandValue[children.Count];
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] = OperandValue.FromCells(new CellSet(index.Table, RowRange.Of([children[i]]), column, null));
                }

                Check(OperandValue.FromCells(new CellSet(index.Table, RowRange.Of([parent]), column, null)), parts, findings);
            }
        }
    }

    private bool Agrees(decimal? stated, in PrintedSum statedSum, bool anyPresent, bool allBlankOrZero, in PrintedSum sum) =>
        !anyPresent || (stated is null && allBlankOrZero) || PrintedSum.Overlap(statedSum, sum, slack);

    private bool Agrees(decimal? stated, Interval statedInterval, bool anyPresent, bool allBlankOrZero, Interval sum) =>
        !anyPresent || (stated is null && allBlankOrZero) || statedInterval.Widen(slack).Overlaps(sum);

    private void Check(OperandValue stated, IReadOnlyList<OperandValue> partValues, List<Finding> findings)
    {
        if (!stated.Present)
        {
            return;
        }

        // The common case — parts present and agreeing — without allocating.
        var sum = Interval.Zero;
        var anyPresent = false;
        var allBlankOrZero = true;
        for (var i = 0; i < partValues.Count; i++)
        {
            var p = partValues[i];
            if (p.Present)
            {
                anyPresent = true;
                allBlankOrZero &= p.Value is null or 0m;
                sum += p.Interval;
            }
        }

        if (Agrees(stated.Value, stated.Interval, anyPresent, allBlankOrZero, sum))
        {
            return;
        }

        var present = partValues.Where(p => p.Present).ToList();

        var computed = present.Sum(p => p.Value ?? 0m);
        var cell = stated.First!;
        // A multi-row part (summary[a, b, c]) is listed cell by cell so the reader sees every addend.
        var terms = present
            .SelectMany(p => p.Cells.Count > 0 ? p.Cells.Select(c => (Name: c.Row.Name, c.Value)) : [(Name: p.Label, p.Value)])
            .Where(t => t.Value is not null)
            .ToList();
        var expansion = terms.Count is > 0 and <= 8
            ? string.Join(" + ", terms.Select(t => $"{t.Name} {Format(t.Value)}")) + " = "
            : $"{terms.Count} 项之和 ";
        var unit = cell.Table.Unit;
        findings.Add(Report(
            $"{Describe(cell)} {Format(stated.Value)} {unit} ≠ {expansion}{Format(computed)} {unit}（差 {Format((stated.Value ?? 0m) - computed)}）",
            stated.Value,
            computed,
            cell,
            "合计数应等于各组成项之和：请核对合计与各明细数，改正填错或漏填的一方。",
            values: new Dictionary<string, string> { ["parts"] = expansion }));
    }
}
