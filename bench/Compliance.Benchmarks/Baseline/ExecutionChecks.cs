using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using static Compliance.Benchmarks.Baseline.Findings;

namespace Compliance.Benchmarks.Baseline;

/// <summary>rules/execution-rate.yaml, rules/sangong.yaml and rules/structure.yaml written out by hand.</summary>
internal static class ExecutionChecks
{
    private static readonly string[] FinalTables =
        ["summary", "income", "expenditure", "fiscalSummary", "generalPublic", "generalPublicBasic", "sangong", "governmentFund", "stateCapital"];

    private static readonly string[] BudgetTables =
        ["summary", "income", "expenditure", "fiscalSummary", "generalPublic", "generalPublicBasic", "sangong", "governmentFund"];

    public static void Run(Document d, Findings f)
    {
        SelfEvaluations(d, f);
        if (d.Info.Kind == DocumentKind.FinalAccounts)
        {
            foreach (var (rule, row) in (ReadOnlySpan<(string, string)>)[
                ("execution-rate.sangong.over-budget", "total"), ("execution-rate.sangong.reception.over-budget", "reception"),
                ("execution-rate.sangong.abroad.over-budget", "abroad"), ("execution-rate.sangong.vehicle.over-budget", "vehicle")])
            {
                OverBudget(f, rule, Tables.Sum(d, "sangong", row, "final"), Tables.Sum(d, "sangong", row, "budget"));
            }
        }

        var purchase = (Tables.Sum(d, "sangong", "vehicle.purchase", "budget") ?? 0m) + (Tables.Sum(d, "sangong", "vehicle.purchase", "final") ?? 0m);
        if (!(purchase == 0m || d.Fact("vehicles")?.Value is not null || d.Fact("vehicles.purchased")?.Value is not null))
        {
            f.Report("sangong.vehicle-purchase.holdings", $"公务用车购置费 {F(purchase)} 万元，但未说明购置车辆数量及车辆保有量");
        }

        foreach (var c in d.Claims)
        {
            if (c.Kind == ClaimKind.Change && c.Value > 0 && c.Subject.Contains("三公", StringComparison.Ordinal)
                && !(c.Excerpt.Contains("原因", StringComparison.Ordinal) || c.Excerpt.Contains("主要是", StringComparison.Ordinal)
                     || c.Excerpt.Contains("由于", StringComparison.Ordinal) || c.Excerpt.Contains('因', StringComparison.Ordinal)))
            {
                f.Report("sangong.increase.explained", $"“三公”经费比上年增加 {F(c.Value)} 万元，未说明增加原因");
            }
        }

        foreach (var id in d.Info.Kind == DocumentKind.FinalAccounts ? FinalTables : BudgetTables)
        {
            if (Tables.Find(d, id) is not { } t || (t.Rows.Count == 0 && !t.StatedEmpty))
            {
                var rule = d.Info.Kind == DocumentKind.FinalAccounts ? "structure.final-accounts.tables" : "structure.budget.tables";
                f.Report(rule, $"未找到{StandardTables.Find(id)?.Name ?? id}，也未见该表无数据的说明");
            }
        }

        if (d.Fact("staff.actual")?.Value is null)
        {
            f.Report("structure.staff.stated", "未公开在职实有人数");
        }
    }

    private static void SelfEvaluations(Document d, Findings f)
    {
        foreach (var e in d.SelfEvaluations)
        {
            if (e.StatedRate is not null && e.Budget > 0 && e.Executed is not null && !ShareAgrees(e.StatedRate, e.Executed, e.Budget))
            {
                f.Report("execution-rate.self-evaluation.stated-rate", $"绩效自评表“{e.Subject}”执行率 {F(e.StatedRate)}% 与执行数 ÷ 预算数不符");
            }

            if (e.Score is not null && e.Weight > 0 && e.Budget > 0 && e.Executed is not null)
            {
                var rate = Min(Divide(e.Executed, e.Budget), 1m);
                if (!(ShareAgrees(Min(e.StatedRate ?? rate * 100m, 100m), e.Score, e.Weight) || Agrees(e.Score, e.Weight * rate)))
                {
                    f.Report("execution-rate.self-evaluation.score", $"绩效自评表“{e.Subject}”执行率得分 {F(e.Score)} ≠ 分值 × 执行率");
                }
            }

            if (e.Budget > 0 && e.Executed is not null && string.IsNullOrWhiteSpace(e.Explanation))
            {
                var percent = Divide(e.Executed, e.Budget) * 100m;
                var rule = percent < 60m ? "execution-rate.self-evaluation.very-low"
                    : percent < 90m ? "execution-rate.self-evaluation.low"
                    : percent > 100m ? "execution-rate.self-evaluation.over-budget"
                    : null;
                if (rule is not null)
                {
                    f.Report(rule, $"绩效自评表“{e.Subject}”执行率 {F(Math.Round(percent!.Value, 2, MidpointRounding.AwayFromZero))}%，未说明原因");
                }
            }
        }
    }

    private static void OverBudget(Findings f, string rule, decimal? actual, decimal? budget)
    {
        if (actual is not { } b || budget is not { } a)
        {
            return;
        }

        if (a == 0m)
        {
            if (b != 0m)
            {
                f.Report(rule, $"预算数为 0，执行数 {F(b)}，执行率无法计算");
            }

            return;
        }

        var rate = Math.Round(b / a * 100m, 2, MidpointRounding.AwayFromZero);
        if (rate > 100m)
        {
            f.Report(rule, $"决算数超过预算数（执行率 {F(rate)}%）");
        }
    }
}
