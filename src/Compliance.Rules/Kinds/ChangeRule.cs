using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.Tolerance;

namespace Compliance.Rules.Kinds;

/// <summary>
/// <c>change</c>: a stated change (增加/减少 y) equals this year − last year, and a stated growth rate
/// (增长/下降 z%) equals the change over last year. Growth over a zero base is undefined, so stating one is a finding.
/// </summary>
internal sealed class ChangeRule(RuleInfo info, Operand current, Operand previous, Operand? statedChange, Operand? statedGrowth)
    : CompiledRule(info)
{
    public override void Evaluate(EvaluationContext ctx, List<Finding> findings)
    {
        var now = current.Resolve(ctx);
        var before = previous.Resolve(ctx);
        if (now.Value is null || before.Value is null)
        {
            return;
        }

        var delta = now.Interval - before.Interval;
        var exactDelta = now.Value.Value - before.Value.Value;
        var at = now.First ?? before.First;
        if (statedChange?.Resolve(ctx) is { Value: { } change } sc && !delta.Overlaps(Interval.Printed(change)))
        {
            findings.Add(Report(
                $"变动额 {Format(change)} ≠ 本期 {Format(now.Value)} − 上期 {Format(before.Value)} = {Format(exactDelta)}",
                change, exactDelta, sc.First ?? at, "变动额应等于本期数减上期数：请重新计算并改正。"));
        }

        if (statedGrowth?.Resolve(ctx) is not { Value: { } growth } sg)
        {
            return;
        }

        var range = Interval.Percent(delta, before.Interval);
        if (range is null || before.Value == 0m)
        {
            findings.Add(Report(
                $"上期数为 {Format(before.Value)}，增长率无意义，但填列了 {Format(growth)}%",
                growth, null, sg.First ?? at, "上期为零时不能计算增长率：请删去增长率，改为说明新增原因。"));
            return;
        }

        if (!range.Value.Overlaps(Interval.Printed(growth)))
        {
            var computed = Math.Round(exactDelta / before.Value.Value * 100m, Math.Max((int)growth.Scale, 1), MidpointRounding.AwayFromZero);
            findings.Add(Report(
                $"增长率 {Format(growth)}% ≠ ({Format(now.Value)} − {Format(before.Value)}) ÷ {Format(before.Value)} = {Format(computed)}%",
                growth, computed, sg.First ?? at, "增长率应等于变动额除以上期数：请重新计算并改正。"));
        }
    }
}
