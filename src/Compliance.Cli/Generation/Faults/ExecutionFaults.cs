using Bogus;
using Compliance.Documents.Model;
using static Compliance.Cli.Generation.Faults.DocumentEdits;
using static System.FormattableString;

namespace Compliance.Cli.Generation.Faults;

/// <summary>
/// 绩效自评 execution faults: a stated rate that is not B/A, a score that is not weight × rate, a rate below 90 %
/// or above 100 % with no explanation. Budget (A) is moved, never executed (B), because B is what the tables show spent.
/// </summary>
internal static class ExecutionFaults
{
    private const string Category = FaultCategories.ExecutionRate;

    public static IReadOnlyList<Fault> All { get; } =
    [
        new(Category, "stated-rate-wrong", "execution-rate.self-evaluation.stated-rate", "绩效自评表执行率 ≠ 执行数 ÷ 预算数",
            d => Evaluations(d).Any(e => e.StatedRate is not null),
            (d, random) =>
            {
                var e = Pick(random, Evaluations(d).Where(x => x.StatedRate is not null));
                var delta = Money.Between(random, 3.00m, 8.00m);
                var rate = e.StatedRate!.Value + delta <= 100m ? e.StatedRate.Value + delta : e.StatedRate.Value - delta;
                return new FaultOutcome(ReplaceEvaluation(d, e, e with { StatedRate = rate }),
                    Invariant($"“{e.Subject}”执行率 {e.StatedRate}% → {rate}%"));
            }),

        new(Category, "score-wrong", "execution-rate.self-evaluation.score", "绩效自评表执行率得分 ≠ 分值 × 执行率",
            d => Evaluations(d).Any(e => e.Score >= 3m && e.Weight > 0m),
            (d, random) =>
            {
                var e = Pick(random, Evaluations(d).Where(x => x.Score >= 3m && x.Weight > 0m));
                var delta = Money.Between(random, 1.00m, 2.50m);
                var score = e.Score!.Value - delta;
                return new FaultOutcome(ReplaceEvaluation(d, e, e with { Score = score, TotalScore = e.TotalScore - delta }),
                    Invariant($"“{e.Subject}”执行率得分 {e.Score} → {score}"));
            }),

        new(Category, "low-rate-unexplained", "execution-rate.self-evaluation.low", "执行率低于 90% 且未说明原因",
            d => Evaluations(d).Any(),
            (d, random) => Rebudget(d, random, 65m, 85m)),

        new(Category, "over-budget-unexplained", "execution-rate.self-evaluation.over-budget", "执行数超过预算数且未说明原因",
            d => Evaluations(d).Any(),
            (d, random) => Rebudget(d, random, 105m, 120m)),
    ];

    private static IEnumerable<SelfEvaluation> Evaluations(Document d) =>
        d.SelfEvaluations.Where(e => e.Budget > 0m && e.Executed > 0m);

    /// <summary>Sets A so that B/A lands in [min, max] %, restates rate and score consistently, and drops the explanation.</summary>
    private static FaultOutcome Rebudget(Document d, Randomizer random, decimal minPercent, decimal maxPercent)
    {
        var e = Pick(random, Evaluations(d));
        var target = Money.Between(random, minPercent, maxPercent);
        var executed = e.Executed!.Value;
        var budget = Money.Round2(executed * 100m / target);
        var rate = Money.Percent(executed, budget);
        var weight = e.Weight ?? SelfEvaluationFaker.ExecutionWeight;
        var score = Money.Round2(weight * Math.Min(rate, 100m) / 100m);
        var changed = e with
        {
            Budget = budget,
            StatedRate = rate,
            Score = score,
            TotalScore = e.TotalScore - (e.Score ?? 0m) + score,
            Explanation = null,
        };
        return new FaultOutcome(ReplaceEvaluation(d, e, changed),
            Invariant($"“{e.Subject}”预算数 {e.Budget} → {budget}，执行率 {rate}%，删除偏差说明"));
    }
}
