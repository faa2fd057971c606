using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.Tolerance;

namespace Compliance.Rules.Kinds;

/// <summary><c>share</c>: a stated percentage equals part / whole at the printed precision of all three figures.</summary>
internal sealed class ShareRule(RuleInfo info, Operand stated, Operand part, Operand whole) : CompiledRule(info)
{
    public override void Evaluate(EvaluationContext ctx, List<Finding> findings)
    {
        var s = stated.Resolve(ctx);
        var p = part.Resolve(ctx);
        var w = whole.Resolve(ctx);
        if (s.Value is not { } statedPercent || !p.Present || !w.Present)
        {
            return;
        }

        var range = Interval.Percent(p.Interval, w.Interval);
        if (range is null)
        {
            if (statedPercent != 0m)
            {
                findings.Add(Report($"{Label(s, "占比")} {Format(statedPercent)}% 的分母 {Label(w, "总额")} 为 0 或空白，占比无意义",
                    statedPercent, null, s.First ?? p.First, "分母为零时不应填列占比：请核对分母数据或删去占比。"));
            }

            return;
        }

        if (range.Value.Overlaps(Interval.Printed(statedPercent)))
        {
            return;
        }

        var exact = (p.Value ?? 0m) / w.Value!.Value * 100m;
        var computed = Math.Round(exact, Math.Max((int)statedPercent.Scale, 2), MidpointRounding.AwayFromZero);
        findings.Add(Report(
            $"{Label(s, "占比")} {Format(statedPercent)}% ≠ {Label(p, "部分")} {Format(p.Value)} ÷ {Label(w, "总额")} {Format(w.Value)} = {Format(computed)}%",
            statedPercent,
            computed,
            s.First ?? p.First,
            "占比应等于部分除以总额：请按表内数据重新计算并改正占比。"));
    }

    private static string Label(OperandValue v, string fallback) => v.First is { } c ? Describe(c) : fallback;
}
