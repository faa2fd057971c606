using Bogus;
using Compliance.Documents.Model;
using static System.FormattableString;

namespace Compliance.Cli.Generation;

/// <summary>
/// Draws performance indicators (绩效指标) covering 产出 (数量, 质量, 时效, 成本), 效益 (社会效益, 经济效益,
/// 可持续影响) and 满意度, each with a quantified target and an actual value that meets it, so a
/// self-evaluation scores each indicator its full weight.
/// </summary>
internal static class IndicatorFaker
{
    private enum Shape
    {
        Count,
        AtLeast,
        AtMost,
        AtLeastPercent,
    }

    private sealed record Template(string Name, Shape Shape, string Unit, int Min, int Max);

    private sealed record Slot(string Level1, string Level2, decimal Weight, Template[] Templates);

    private static readonly Slot[] Slots =
    [
        new("产出", "数量", 15m,
        [
            new("组织开展专项活动", Shape.Count, "次", 4, 24), new("完成设备维护", Shape.Count, "台", 10, 120),
            new("形成工作报告", Shape.Count, "份", 2, 12), new("开展业务培训", Shape.Count, "场", 2, 12),
            new("覆盖服务对象", Shape.AtLeast, "人次", 200, 5000),
        ]),
        new("产出", "质量", 15m,
        [
            new("验收合格率", Shape.AtLeastPercent, "", 90, 100), new("任务完成率", Shape.AtLeastPercent, "", 90, 100),
            new("系统正常运行率", Shape.AtLeastPercent, "", 95, 99), new("资料归档完整率", Shape.AtLeastPercent, "", 90, 100),
        ]),
        new("产出", "时效", 10m,
        [
            new("故障响应时间", Shape.AtMost, "小时", 2, 24), new("任务完成时限", Shape.AtMost, "天", 15, 90),
            new("事项办理时限", Shape.AtMost, "个工作日", 5, 20),
        ]),
        new("产出", "成本", 10m, []),
        new("效益", "社会效益", 10m,
        [
            new("服务群众覆盖率", Shape.AtLeastPercent, "", 80, 95), new("政策知晓率", Shape.AtLeastPercent, "", 80, 95),
            new("群众诉求办结率", Shape.AtLeastPercent, "", 85, 98),
        ]),
        new("效益", "经济效益", 10m,
        [
            new("节约运行成本", Shape.AtLeastPercent, "", 3, 10), new("带动社会投资", Shape.AtLeast, "万元", 50, 500),
        ]),
        new("效益", "可持续影响", 10m,
        [
            new("长效机制持续发挥作用", Shape.AtLeast, "年", 2, 5), new("设备正常使用年限", Shape.AtLeast, "年", 3, 8),
        ]),
        new("满意度", "服务对象满意度", 10m,
        [
            new("服务对象满意度", Shape.AtLeastPercent, "", 85, 95), new("群众满意度", Shape.AtLeastPercent, "", 80, 95),
        ]),
    ];

    /// <summary>Sum of indicator weights; the execution item adds the remaining 10 of 100 points.</summary>
    public static decimal TotalWeight { get; } = Slots.Sum(s => s.Weight);

    /// <summary>One indicator per slot, with target, actual and weight; score equals weight since every target is met.</summary>
    /// <param name="random">Source of randomness.</param>
    /// <param name="cap">The amount the cost indicator caps (万元).</param>
    /// <param name="spent">The amount actually spent, at most <paramref name="cap"/>.</param>
    public static IReadOnlyList<Indicator> Draw(Randomizer random, decimal cap, decimal spent) =>
        Slots.Select(slot => Draw(random, slot, cap, spent)).ToList();

    /// <summary>The same indicators as a target table prints them: no actual, weight or score.</summary>
    public static IReadOnlyList<Indicator> TargetsOnly(IEnumerable<Indicator> indicators) =>
        indicators.Select(i => i with { Actual = null, Weight = null, Score = null }).ToList();

    private static Indicator Draw(Randomizer random, Slot slot, decimal cap, decimal spent)
    {
        var (name, target, actual) = slot.Templates.Length == 0
            ? ("成本控制", "≤" + Money.Format(cap) + " 万元", Money.Format(spent) + " 万元")
            : Values(random, random.ArrayElement(slot.Templates));
        return new Indicator
        {
            Level1 = slot.Level1,
            Level2 = slot.Level2,
            Name = name,
            Target = target,
            Actual = actual,
            Weight = slot.Weight,
            Score = slot.Weight,
        };
    }

    private static (string Name, string Target, string Actual) Values(Randomizer random, Template t)
    {
        var goal = random.Number(t.Min, t.Max);
        return t.Shape switch
        {
            Shape.Count => (t.Name, Invariant($"{goal} {t.Unit}"), Invariant($"{goal} {t.Unit}")),
            Shape.AtLeast => (t.Name, Invariant($"≥{goal} {t.Unit}"), Invariant($"{goal + random.Number(0, Math.Max(1, goal / 10))} {t.Unit}")),
            Shape.AtMost => (t.Name, Invariant($"≤{goal} {t.Unit}"), Invariant($"{random.Number(Math.Max(1, goal / 2), goal)} {t.Unit}")),
            _ => (t.Name, Invariant($"≥{goal}%"), Invariant($"{random.Number(goal, Math.Min(100, goal + 8))}%")),
        };
    }
}
