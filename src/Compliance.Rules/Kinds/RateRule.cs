using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.Tolerance;

namespace Compliance.Rules.Kinds;

/// <summary>A band of execution rates: below or above a threshold (percent) is reported at a severity.</summary>
internal sealed record RateBand(decimal? Below, decimal? Above, Severity Severity, string? Message)
{
    public bool Contains(decimal rate) => (Below is null || rate < Below) && (Above is null || rate > Above);
}

/// <summary>
/// <c>rate</c>: execution rate = actual (B) / budget (A). A stated rate is checked at its printed precision;
/// the computed rate is then placed in the first matching band (e.g. below 90% must be explained).
/// </summary>
internal sealed class RateRule(RuleInfo info, Operand actual, Operand budget, Operand? stated, IReadOnlyList<RateBand> bands)
    : CompiledRule(info)
{
    public override void Evaluate(EvaluationContext ctx, List<Finding> findings)
    {
        var b = actual.Resolve(ctx);
        var a = budget.Resolve(ctx);
        if (b.Value is null || a.Value is null)
        {
            return;
        }

        var at = b.First ?? a.First;
        if (a.Value == 0m)
        {
            if (b.Value != 0m)
            {
                findings.Add(Report($"预算数为 0，执行数 {Format(b.Value)}，执行率无法计算", null, null, at,
                    "无预算却有支出：请核对预算数，或说明预算外支出的依据。"));
            }

            return;
        }

        var rate = Math.Round(b.Value.Value / a.Value.Value * 100m, 2, MidpointRounding.AwayFromZero);
        if (stated?.Resolve(ctx) is { Value: { } s } sv)
        {
            var range = Interval.Percent(b.Interval, a.Interval);
            if (range is { } r && !r.Overlaps(Interval.Printed(s)))
            {
                findings.Add(Report($"执行率 {Format(s)}% ≠ {Format(b.Value)} ÷ {Format(a.Value)} = {Format(rate)}%", s, rate, sv.First ?? at,
                    "执行率应等于执行数除以预算数：请重新计算并改正。"));
            }
        }

        var band = bands.FirstOrDefault(x => x.Contains(rate));
        if (band is not null)
        {
            var message = band.Message ?? $"执行率 {Format(rate)}%（执行数 {Format(b.Value)} ÷ 预算数 {Format(a.Value)}）";
            findings.Add(Report(message.Replace("{rate}", Format(rate), StringComparison.Ordinal), stated?.Resolve(ctx).Value, rate, at,
                "执行率偏离预算：请在情况说明或绩效自评中说明原因及改进措施。", band.Severity));
        }
    }
}
