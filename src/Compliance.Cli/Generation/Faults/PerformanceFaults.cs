using System.Globalization;
using System.Text.RegularExpressions;
using Bogus;
using Compliance.Documents.Model;
using static Compliance.Cli.Generation.Faults.DocumentEdits;
using static System.FormattableString;

namespace Compliance.Cli.Generation.Faults;

/// <summary>
/// Performance-target faults: a project without 效益 or 满意度 indicators, an indicator without a target, a
/// self-evaluation actual copied from the target or missing, an unmet target unexplained, a budget without
/// whole-department targets.
/// </summary>
internal static partial class PerformanceFaults
{
    private const string Category = FaultCategories.PerformanceTargets;

    public static IReadOnlyList<Fault> All { get; } =
    [
        new(Category, "project-without-outcome", "performance-targets.project.outcome-indicator", "项目绩效指标缺少效益指标",
            d => Projects(d).Any(p => p.Indicators.Any(IsOutcome) && p.Indicators.Any(i => !IsOutcome(i))),
            (d, random) => DropIndicators(d, random, IsOutcome, "效益")),

        new(Category, "project-without-satisfaction", "performance-targets.project.satisfaction-indicator", "项目绩效指标缺少满意度指标",
            d => Projects(d).Any(p => p.Indicators.Any(IsSatisfaction) && p.Indicators.Any(i => !IsSatisfaction(i))),
            (d, random) => DropIndicators(d, random, IsSatisfaction, "满意度")),

        new(Category, "indicator-without-target", "performance-targets.indicator.target-missing", "绩效指标未填目标值",
            d => Projects(d).Any(p => p.Indicators.Count > 0),
            (d, random) =>
            {
                var p = Pick(random, Projects(d).Where(x => x.Indicators.Count > 0));
                var at = random.Number(0, p.Indicators.Count - 1);
                var indicator = p.Indicators[at];
                var changed = p with { Indicators = Replace(p.Indicators, at, indicator with { Target = null }) };
                return new FaultOutcome(ReplaceProject(d, p, changed), $"“{p.Name}”指标“{indicator.Name}”目标值 {indicator.Target} → 空");
            }),

        new(Category, "actual-copied-from-target", "performance-targets.self-evaluation.actual-not-measured", "绩效自评实际完成值照抄目标值",
            d => d.SelfEvaluations.Any(e => e.Indicators.Any(IsRange)),
            (d, random) => ChangeActual(d, random, IsRange, i => i.Target, "照抄目标值")),

        new(Category, "actual-missing", "performance-targets.self-evaluation.actual-missing", "绩效自评指标未填实际完成值",
            d => d.SelfEvaluations.Any(e => e.Indicators.Any(i => i.Actual is not null)),
            (d, random) => ChangeActual(d, random, i => i.Actual is not null, _ => null, "删除")),

        new(Category, "unmet-target-unexplained", "performance-targets.self-evaluation.target-unmet", "绩效目标未完成且未说明原因",
            d => d.SelfEvaluations.Any(e => e.Indicators.Any(i => PercentFloor(i) >= 20)),
            (d, random) =>
            {
                var e = Pick(random, d.SelfEvaluations.Where(x => x.Indicators.Any(i => PercentFloor(i) >= 20)));
                var candidates = e.Indicators.Select((i, at) => (i, at)).Where(x => PercentFloor(x.i) >= 20).ToList();
                var (indicator, index) = random.ListItem(candidates);
                var floor = PercentFloor(indicator)!.Value;
                var actual = (floor - random.Number(5, 15)).ToString(CultureInfo.InvariantCulture) + "%";
                var changed = e with
                {
                    Explanation = null,
                    Indicators = Replace(e.Indicators, index, indicator with { Actual = actual, Explanation = null }),
                };
                return new FaultOutcome(ReplaceEvaluation(d, e, changed),
                    $"“{e.Subject}”指标“{indicator.Name}”目标 {indicator.Target}，实际 {indicator.Actual} → {actual}，删除偏差说明");
            }),

        new(Category, "budget-without-department-targets", "performance-targets.department.targets", "部门预算未公开部门整体支出绩效目标",
            d => d.Info.Kind == DocumentKind.Budget && d.Projects.Any(p => p.WholeDepartment) && d.Projects.Any(p => !p.WholeDepartment),
            (d, _) => new FaultOutcome(d with { Projects = d.Projects.Where(p => !p.WholeDepartment).ToList() }, "删除部门整体支出绩效目标表")),
    ];

    private static IEnumerable<Project> Projects(Document d) => d.Projects.Where(p => !p.WholeDepartment);

    private static bool IsOutcome(Indicator i) =>
        i.Level1.Contains("效益", StringComparison.Ordinal) || (i.Level2 ?? "").Contains("效益", StringComparison.Ordinal)
        || (i.Level2 ?? "").Contains("可持续", StringComparison.Ordinal);

    private static bool IsSatisfaction(Indicator i) =>
        i.Level1.Contains("满意", StringComparison.Ordinal) || (i.Level2 ?? "").Contains("满意", StringComparison.Ordinal);

    // A range target (≥95%, ≤24 小时): copied as the actual, it states no measured value.
    private static bool IsRange(Indicator i) => i.Target is ['≥' or '≤', ..];

    private static int? PercentFloor(Indicator i)
    {
        var m = AtLeastPercent().Match(i.Target ?? "");
        return m.Success ? int.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static FaultOutcome DropIndicators(Document d, Randomizer random, Func<Indicator, bool> drop, string what)
    {
        var p = Pick(random, Projects(d).Where(x => x.Indicators.Any(drop) && x.Indicators.Any(i => !drop(i))));
        var kept = p.Indicators.Where(i => !drop(i)).ToList();
        return new FaultOutcome(ReplaceProject(d, p, p with { Indicators = kept }),
            Invariant($"“{p.Name}”删除 {p.Indicators.Count - kept.Count} 个{what}指标"));
    }

    private static FaultOutcome ChangeActual(Document d, Randomizer random, Func<Indicator, bool> eligible, Func<Indicator, string?> actual, string how)
    {
        var e = Pick(random, d.SelfEvaluations.Where(x => x.Indicators.Any(eligible)));
        var candidates = e.Indicators.Select((i, at) => (i, at)).Where(x => eligible(x.i)).ToList();
        var (indicator, index) = random.ListItem(candidates);
        var changed = e with { Indicators = Replace(e.Indicators, index, indicator with { Actual = actual(indicator) }) };
        return new FaultOutcome(ReplaceEvaluation(d, e, changed),
            $"“{e.Subject}”指标“{indicator.Name}”实际完成值 {indicator.Actual} → {actual(indicator) ?? "空"}（{how}）");
    }

    [GeneratedRegex(@"^≥(?<v>\d+)%$")]
    private static partial Regex AtLeastPercent();
}
