using Bogus;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation;

/// <summary>
/// 绩效自评表 for a 决算: one for the department as a whole and one per project. Executed (B) is what the
/// tables show was spent; the budget (A) is at most 10 % higher, so B/A ≥ 90 % and execution rules stay quiet.
/// </summary>
internal static class SelfEvaluationFaker
{
    /// <summary>分值 of the 预算执行率 item.</summary>
    public const decimal ExecutionWeight = 10m;

    public static IReadOnlyList<SelfEvaluation> Draw(Randomizer random, DocumentDraft draft)
    {
        if (!draft.IsFinal)
        {
            return [];
        }

        var executed = draft.ExpenditureTotal;
        var budget = executed + Money.Share(random, executed, 0m, 10m);
        var evaluations = new List<SelfEvaluation>
        {
            Evaluation(draft.Department.Name, wholeDepartment: true, budget, executed, IndicatorFaker.Draw(random, budget, executed)),
        };
        evaluations.AddRange(draft.Projects.Select(p =>
            Evaluation(p.Project.Name, wholeDepartment: false, p.EvaluationBudget, p.Amount, p.Indicators)));
        return evaluations;
    }

    private static SelfEvaluation Evaluation(
        string subject, bool wholeDepartment, decimal budget, decimal executed, IReadOnlyList<Indicator> indicators)
    {
        var rate = Money.Percent(executed, budget);
        var score = Money.Round2(ExecutionWeight * rate / 100m);
        return new SelfEvaluation
        {
            Subject = subject,
            WholeDepartment = wholeDepartment,
            Budget = budget,
            Executed = executed,
            StatedRate = rate,
            Weight = ExecutionWeight,
            Score = score,
            TotalScore = score + indicators.Sum(i => i.Score ?? 0m),
            Indicators = indicators,
            Explanation = "预算执行进度符合要求，绩效目标均已完成，无明显偏差。",
        };
    }
}
