using Compliance.Documents.Catalogue;
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
    public override void Evaluate(EvaluationContext ctx, List<Finding> findings)
    {
        foreach (var column in columns.Count > 0 ? columns.Cast<string?>() : [null])
        {
            if (hierarchyTable is not null)
            {
                CheckHierarchy(ctx, column!, findings);
                continue;
            }

            var t = column is null ? total! : total!.WithColumn(column);
            var ps = column is null ? parts : parts.Select(p => p.WithColumn(column)).ToList();
            if (t.Reference.IsEach)
            {
                foreach (var row in ctx.Document.Table(t.Reference.TableId)?.Rows ?? [])
                {
                    ctx.Step();
                    Check(t.ResolveFor(ctx, row), ps.Select(p => p.Reference.IsEach ? p.ResolveFor(ctx, row) : p.Resolve(ctx)).ToList(), findings);
                }
            }
            else
            {
                Check(t.Resolve(ctx), ps.Select(p => p.Resolve(ctx)).ToList(), findings);
            }
        }
    }

    private void CheckHierarchy(EvaluationContext ctx, string column, List<Finding> findings)
    {
        var table = ctx.Document.Table(hierarchyTable!);
        if (table is null)
        {
            return;
        }

        var coded = table.Rows.Where(r => FunctionalClasses.Level(r.Code) > 0 && r.Code!.All(char.IsAsciiDigit)).ToList();
        foreach (var parent in coded.Where(r => r.Code!.Length < 7))
        {
            ctx.Step();
            var children = coded.Where(r => r.Code!.Length == parent.Code!.Length + 2 && r.Code.StartsWith(parent.Code, StringComparison.Ordinal)).ToList();
            if (children.Count == 0)
            {
                continue;
            }

            Check(
                OperandValue.FromCells([new Cell(table, parent, column)]),
                children.Select(c => OperandValue.FromCells([new Cell(table, c, column)])).ToList(),
                findings);
        }
    }

    private void Check(OperandValue stated, IReadOnlyList<OperandValue> partValues, List<Finding> findings)
    {
        var present = partValues.Where(p => p.Present).ToList();
        if (!stated.Present || present.Count == 0 || (stated.Value is null && present.All(p => p.Value is null or 0m)))
        {
            return;
        }

        var sum = present.Aggregate(Interval.Zero, (acc, p) => acc + p.Interval);
        if (stated.Interval.Widen(slack).Overlaps(sum))
        {
            return;
        }

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
