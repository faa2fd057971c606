using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.Tolerance;

namespace Compliance.Rules.Kinds;

/// <summary>
/// <c>equal</c>: the same quantity printed in two places agrees. Intervals that do not overlap are a
/// finding at the rule's severity; figures that overlap but differ at the same precision (3946.71 vs
/// 3946.72) are still a minor finding. With <c>@*</c> rows are matched by 科目编码 across the two tables.
/// </summary>
internal sealed class EqualRule(RuleInfo info, Operand left, Operand right, IReadOnlyList<string> columns, Severity minorSeverity, decimal slack)
    : CompiledRule(info)
{
    // The rule as it reads each listed column, built once at load rather than on every document.
    private readonly (Operand Left, Operand Right)[] variants = columns.Count == 0
        ? [(left, right)]
        : [.. columns.Select(c => (WithColumn(left, c), WithColumn(right, c)))];

    public override void Evaluate(EvaluationContext ctx, List<Finding> findings)
    {
        foreach (var (l, r) in variants)
        {
            if (l is Operand.FromRef { IsEach: true } each)
            {
                var leftTable = each.Reference.Bind(ctx);
                var rightTable = r is Operand.FromRef fr ? fr.Reference.Bind(ctx) : default;
                foreach (var row in ctx.Index.Table(each.Reference.TableId)?.Table.Rows ?? [])
                {
                    if (each.Reference.Rows[0].Matches(row))
                    {
                        ctx.Step();
                        Check(each.ResolveFor(leftTable, row), r is Operand.FromRef rf ? rf.ResolveFor(rightTable, row) : r.Resolve(ctx), findings);
                    }
                }
            }
            else
            {
                Check(l.Resolve(ctx), r.Resolve(ctx), findings);
            }
        }
    }

    private void Check(OperandValue a, OperandValue b, List<Finding> findings)
    {
        if (!a.Present || !b.Present || (a.Value ?? 0m) == (b.Value ?? 0m))
        {
            return;
        }

        var cell = a.First ?? b.First;
        // A figure compared with another document's: the finding points at both places.
        var related = a.First is { } fa && b.First is { } fb && fa.Origin != fb.Origin ? LocationOf(fb) : null;
        var where = (a.First, b.First) switch
        {
            ({ } x, { } y) => $"{Describe(x)} {Format(a.Value)} 与 {Describe(y)} {Format(b.Value)}",
            ({ } x, null) => $"{Describe(x)} {Format(a.Value)} 与应有值 {Format(b.Value)}",
            (null, { } y) => $"{Format(a.Value)} 与 {Describe(y)} {Format(b.Value)}",
            _ => $"{Format(a.Value)} 与 {Format(b.Value)}",
        };

        if (!a.Interval.Widen(slack).Overlaps(b.Interval))
        {
            findings.Add(Report($"{where} 不一致（差 {Format((a.Value ?? 0m) - (b.Value ?? 0m))}）", a.Value, b.Value, cell,
                "同一数字在两处应当一致：请核对两处数据，改正错误的一方。", related: related));
            return;
        }

        if (a.Value is { } av && b.Value is { } bv && !Interval.SameAtCoarserPrecision(av, bv))
        {
            findings.Add(Report($"{where} 尾数不一致（差 {Format(av - bv)}）", av, bv, cell,
                "同一数字两处印刷的尾数不同：请统一为正确的数值。", Min(Info.Severity, minorSeverity), related: related));
        }
    }

    private static Operand WithColumn(Operand operand, string column) => operand is Operand.FromRef reference ? reference.WithColumn(column) : operand;

    private static Severity Min(Severity a, Severity b) => a < b ? a : b;
}
