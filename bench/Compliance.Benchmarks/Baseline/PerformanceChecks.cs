using Compliance.Documents.Model;
using Compliance.Rules.Expressions;

namespace Compliance.Benchmarks.Baseline;

/// <summary>rules/performance-targets.yaml written out by hand (its three Require parameters are true).</summary>
internal static class PerformanceChecks
{
    public static void Run(Document d, Findings f)
    {
        foreach (var p in d.Projects)
        {
            if (p.Indicators.Count == 0)
            {
                f.Report("performance-targets.project.has-indicators", $"项目“{p.Name}”没有填报绩效指标");
            }
            else
            {
                bool output = false, outcome = false, satisfaction = false;
                foreach (var i in p.Indicators)
                {
                    output |= i.Level1.Contains("产出", StringComparison.Ordinal) || i.Level1.Contains("成本", StringComparison.Ordinal);
                    outcome |= i.Level1.Contains("效益", StringComparison.Ordinal) || (i.Level2 ?? "").Contains("效益", StringComparison.Ordinal)
                        || (i.Level2 ?? "").Contains("可持续", StringComparison.Ordinal);
                    satisfaction |= i.Level1.Contains("满意", StringComparison.Ordinal) || (i.Level2 ?? "").Contains("满意", StringComparison.Ordinal);
                }

                Require(f, output, "performance-targets.project.output-indicator", p.Name, "产出");
                Require(f, outcome, "performance-targets.project.outcome-indicator", p.Name, "效益");
                Require(f, satisfaction, "performance-targets.project.satisfaction-indicator", p.Name, "满意度");
            }

            var blank = 0;
            foreach (var i in p.Indicators)
            {
                blank += string.IsNullOrWhiteSpace(i.Target) ? 1 : 0;
            }

            if (blank > 0)
            {
                f.Report("performance-targets.indicator.target-missing", $"“{p.Name}”有 {blank} 个绩效指标未填目标值");
            }
        }

        if (d.Info.Kind == DocumentKind.Budget && d.Projects.Count > 0 && !d.Projects.Any(p => p.WholeDepartment))
        {
            f.Report("performance-targets.department.targets", "部门预算未公开部门整体支出绩效目标");
        }

        foreach (var e in d.SelfEvaluations)
        {
            int missing = 0, copied = 0, unmet = 0;
            foreach (var i in e.Indicators)
            {
                var actualBlank = string.IsNullOrWhiteSpace(i.Actual);
                missing += actualBlank ? 1 : 0;
                var target = TargetValue.Parse(i.Target);
                var actual = TargetValue.Parse(i.Actual);
                if (target is not null && !actualBlank && (actual is null || i.Actual!.StartsWith('≥') || i.Actual.StartsWith('≤')
                    || i.Actual.StartsWith('>') || i.Actual.StartsWith('<')))
                {
                    copied++;
                }

                if (target is { } t && actual is { } a && !t.IsMetBy(a) && string.IsNullOrWhiteSpace(i.Explanation))
                {
                    unmet++;
                }
            }

            if (missing > 0)
            {
                f.Report("performance-targets.self-evaluation.actual-missing", $"绩效自评“{e.Subject}”有 {missing} 个指标未填实际完成值");
            }

            if (copied > 0)
            {
                f.Report("performance-targets.self-evaluation.actual-not-measured", $"绩效自评“{e.Subject}”有 {copied} 个定量指标的实际完成值不是实际数值");
            }

            if (unmet > 0 && string.IsNullOrWhiteSpace(e.Explanation))
            {
                f.Report("performance-targets.self-evaluation.target-unmet", $"绩效自评“{e.Subject}”有 {unmet} 个指标未达到目标值，且未说明原因");
            }
        }
    }

    private static void Require(Findings f, bool present, string rule, string name, string what)
    {
        if (!present)
        {
            f.Report(rule, $"“{name}”的绩效指标中没有{what}指标");
        }
    }
}
