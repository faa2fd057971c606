using Bogus;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using static Compliance.Cli.Generation.Faults.DocumentEdits;
using static System.FormattableString;

namespace Compliance.Cli.Generation.Faults;

/// <summary>Which document of a linked set a cross-document fault edits.</summary>
internal enum LinkedSide
{
    /// <summary>The document under check: the final accounts of a pair, year N of a series.</summary>
    Checked,

    /// <summary>The other one: the budget of a pair, year N−1 of a series.</summary>
    Other,
}

/// <summary>A fault in a pair or series: the category (pair / series), which side it edits, and the edit.</summary>
internal sealed record CrossDocumentFault(string Category, string Name, string ExpectedRule, string Label, LinkedSide Side, Fault Edit);

/// <summary>
/// Faults that only a cross-document check can see: a restated budget figure that differs from the published
/// budget, a budget project missing from the self-evaluations or evaluated against other targets, and a stated
/// year-over-year change that the prior year's document contradicts, or a “三公” increase with no reason.
/// </summary>
internal static class CrossDocumentFaults
{
    public const string Pair = "pair";
    public const string Series = "series";

    public static IReadOnlyList<string> Categories { get; } = [Pair, Series];

    public static IReadOnlyList<CrossDocumentFault> All { get; } =
    [
        Make(Pair, "sangong-budget", "pair.sangong.original-budget", "决算“三公”经费表的年初预算与预算公开数不同", LinkedSide.Checked,
            d => d.Table(StandardTables.Sangong)?.Rows.Any(r => r.Value("budget") is not null) == true,
            (d, random) =>
            {
                var row = Pick(random, d.Table(StandardTables.Sangong)!.Rows.Where(r => r.Value("budget") is not null));
                var value = row.Value("budget")!.Value + Delta(random);
                return new FaultOutcome(SetCells(d, StandardTables.Sangong, r => ReferenceEquals(r, row), ("budget", value)),
                    Invariant($"“三公”经费表“{row.Name}”年初预算改为 {value}"));
            }),
        Make(Pair, "general-public-original", "pair.general-public.original-budget", "决算所述一般公共预算支出年初预算与预算公开数不同", LinkedSide.Checked,
            d => d.Claims.Any(IsGeneralPublicOriginal),
            (d, random) => AlterClaim(d, d.Claims.First(IsGeneralPublicOriginal), random)),
        Make(Pair, "class-original", "pair.class.original-budget", "决算所述某功能分类年初预算与预算公开数不同", LinkedSide.Checked,
            d => d.Claims.Any(IsClassOriginal),
            (d, random) => AlterClaim(d, Pick(random, d.Claims.Where(IsClassOriginal)), random)),
        Make(Pair, "project-total", "pair.project.original-total", "自评所述项目年初预算资金与预算项目合计不同", LinkedSide.Checked,
            d => d.Claims.Any(c => c.Subject == "年初预算资金"),
            (d, random) => AlterClaim(d, d.Claims.First(c => c.Subject == "年初预算资金"), random)),
        Make(Pair, "project-not-evaluated", "pair.project.self-evaluated", "预算项目未出现在决算绩效自评中", LinkedSide.Checked,
            d => d.SelfEvaluations.Any(e => !e.WholeDepartment),
            (d, random) =>
            {
                var dropped = Pick(random, d.SelfEvaluations.Where(e => !e.WholeDepartment));
                return new FaultOutcome(d with { SelfEvaluations = d.SelfEvaluations.Where(e => !ReferenceEquals(e, dropped)).ToList() },
                    Invariant($"删除项目“{dropped.Subject}”的绩效自评"));
            }),
        Make(Pair, "project-target", "pair.project.same-targets", "绩效自评的指标目标值与预算公开的不同", LinkedSide.Checked,
            d => d.SelfEvaluations.Any(e => !e.WholeDepartment && e.Indicators.Count > 0),
            (d, random) =>
            {
                var evaluation = Pick(random, d.SelfEvaluations.Where(e => !e.WholeDepartment && e.Indicators.Count > 0));
                var index = random.Number(0, evaluation.Indicators.Count - 1);
                var indicator = evaluation.Indicators[index];
                var target = "调整后" + indicator.Target;
                var changed = evaluation with { Indicators = Replace(evaluation.Indicators, index, indicator with { Target = target }) };
                return new FaultOutcome(ReplaceEvaluation(d, evaluation, changed), Invariant($"“{evaluation.Subject}”指标“{indicator.Name}”目标改为“{target}”"));
            }),
        Make(Series, "sangong-change", "series.sangong.change", "所述“三公”经费比上年增减额与上年文档不符", LinkedSide.Checked,
            d => d.Claims.Any(c => c.Kind == ClaimKind.Change && c.Subject.Contains("三公", StringComparison.Ordinal)),
            (d, random) => AlterClaim(d, d.Claims.First(c => c.Kind == ClaimKind.Change && c.Subject.Contains("三公", StringComparison.Ordinal)), random)),
        Make(Series, "total-change", "series.total.change", "所述收支总计比上年增减额与上年文档不符", LinkedSide.Other,
            d => d.Table(StandardTables.Summary)?.Rows.Any(r => r.Key == "income.grand" && r.Value("amount") is not null) == true,
            (d, random) =>
            {
                var value = d.Table(StandardTables.Summary)!.Rows.First(r => r.Key == "income.grand").Value("amount")!.Value + Delta(random);
                return new FaultOutcome(SetCells(d, StandardTables.Summary, r => r.Key == "income.grand", ("amount", value)),
                    Invariant($"上年文档收入总计改为 {value}"));
            }),
        Make(Series, "prior-amount", "series.amount.change", "上年文档中的金额与本年所述增减额不符", LinkedSide.Other,
            d => d.Claims.Any(c => c.Kind == ClaimKind.Amount && c.Subject is "基本支出" or "项目支出"),
            (d, random) =>
            {
                var claim = Pick(random, d.Claims.Where(c => c.Kind == ClaimKind.Amount && c.Subject is "基本支出" or "项目支出"));
                var value = claim.Value + Delta(random);
                return new FaultOutcome(ReplaceClaim(d, claim, WithValue(claim, value)), Invariant($"上年文档“{claim.Subject}”改为 {value}"));
            }),
        Make(Series, "sangong-increase", "series.sangong.no-increase", "“三公”经费比上年增加且未说明原因", LinkedSide.Checked,
            d => d.Claims.Any(c => c.Kind == ClaimKind.Change && c.Subject.Contains("三公", StringComparison.Ordinal))
                && d.Table(StandardTables.Sangong)?.Rows.FirstOrDefault(r => r.Key == "total") is not null,
            (d, random) =>
            {
                // This year spends more than last year and states the increase correctly, with no reason given.
                var column = d.Info.Kind == DocumentKind.FinalAccounts ? "final" : "budget";
                var stated = d.Claims.First(c => c.Kind == ClaimKind.Change && c.Subject.Contains("三公", StringComparison.Ordinal));
                var current = d.Table(StandardTables.Sangong)!.Rows.First(r => r.Key == "total").Value(column) ?? 0m;
                var increase = Delta(random);
                var raised = current - stated.Value + increase;
                var edited = SetCells(d, StandardTables.Sangong, r => r.Key == "total", (column, raised));
                var claim = d.Claims.First(c => ReferenceEquals(c, stated));
                return new FaultOutcome(ReplaceClaim(edited, claim, claim with { Value = increase, Excerpt = Invariant($"“三公”经费财政拨款比上年增加 {increase} 万元") }),
                    Invariant($"“三公”经费合计改为 {raised}，比上年增加 {increase}"));
            }),
    ];

    private static bool IsGeneralPublicOriginal(Claim c) =>
        c.Kind == ClaimKind.Amount && c.Subject == "一般公共预算财政拨款支出 年初预算";

    private static bool IsClassOriginal(Claim c) =>
        c.Kind == ClaimKind.Amount && c.Subject.EndsWith(" 年初预算", StringComparison.Ordinal) && !IsGeneralPublicOriginal(c);

    private static FaultOutcome AlterClaim(Document d, Claim claim, Randomizer random)
    {
        var value = claim.Value + (claim.Value > 5m && random.Bool() ? -1m : 1m) * Delta(random);
        return new FaultOutcome(ReplaceClaim(d, claim, WithValue(claim, value)), Invariant($"“{claim.Subject}”改为 {value}（原 {claim.Value}）"));
    }

    private static CrossDocumentFault Make(string category, string name, string expected, string label, LinkedSide side,
        Func<Document, bool> applies, Func<Document, Randomizer, FaultOutcome> apply) =>
        new(category, name, expected, label, side, new Fault(category, name, expected, label, applies, apply));
}
