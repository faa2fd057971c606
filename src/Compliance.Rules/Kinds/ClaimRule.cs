using Compliance.Documents.Model;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.Tolerance;

namespace Compliance.Rules.Kinds;

/// <summary>
/// <c>claim</c>: narrative statements agree with the tables and with themselves, at printed precision.
/// Amount claims are compared with the table figure their subject maps to; share claims with part / whole
/// (the whole from their basis); growth claims with the change and amount stated in the same sentence;
/// execution-rate claims with the 决算 and 年初预算 amounts stated beside them.
/// </summary>
internal sealed class ClaimRule(RuleInfo info, ClaimKind kind, ClaimSubjects subjects, ClaimSubjects bases, string? defaultBasis)
    : CompiledRule(info)
{
    public override void Evaluate(EvaluationContext ctx, List<Finding> findings)
    {
        foreach (var claim in ctx.Document.Claims)
        {
            if (claim.Kind != kind)
            {
                continue;
            }

            ctx.Step();
            var finding = kind switch
            {
                ClaimKind.Amount => CheckAmount(ctx, claim),
                ClaimKind.Share => CheckShare(ctx, claim),
                ClaimKind.Growth => CheckGrowth(ctx, claim),
                ClaimKind.ExecutionRate => CheckRate(ctx, claim),
                _ => null,
            };
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }
    }

    private Finding? CheckAmount(EvaluationContext ctx, Claim claim)
    {
        if (subjects.Find(claim.Subject)?.Resolve(ctx) is not { Present: true } figure || (figure.Value ?? 0m) == claim.Value)
        {
            return null;
        }

        var table = figure.Interval;
        var stated = Interval.Printed(claim.Value);
        var where = figure.First is { } cell ? Describe(cell) : "表中数";
        if (table.Overlaps(stated) && Interval.SameAtCoarserPrecision(claim.Value, figure.Value ?? 0m))
        {
            return null;
        }

        var minor = table.Overlaps(stated);
        return At(claim, Report(
            $"情况说明“{claim.Subject}”{Format(claim.Value)} 万元与{where} {Format(figure.Value)} 万元不一致",
            claim.Value, figure.Value, null,
            "情况说明中的金额应与表中数据一致：请核对并改正。",
            minor ? Severity.Warning : null));
    }

    private Finding? CheckShare(EvaluationContext ctx, Claim claim)
    {
        // "财政拨款收入 917.02 万元，占本年收入 100%": a share without its own subject is about the amount before it.
        var subject = string.IsNullOrWhiteSpace(claim.Subject) ? SubjectBefore(ctx, claim) : claim.Subject;
        if (subjects.Find(subject)?.Resolve(ctx) is not { Present: true, Value: not null } part
            || bases.Find(claim.Basis ?? defaultBasis)?.Resolve(ctx) is not { Present: true, Value: not null } whole)
        {
            return null;
        }

        var range = Interval.Percent(part.Interval, whole.Interval);
        if (range is null || range.Value.Overlaps(Interval.Printed(claim.Value)))
        {
            return null;
        }

        var computed = Math.Round(part.Value!.Value / whole.Value!.Value * 100m, Math.Max((int)claim.Value.Scale, 2), MidpointRounding.AwayFromZero);
        return At(claim, Report(
            $"情况说明“{subject}”占{claim.Basis ?? defaultBasis} {Format(claim.Value)}% ≠ {Format(part.Value)} ÷ {Format(whole.Value)} = {Format(computed)}%",
            claim.Value, computed, null, "占比应按表中数据计算：请重新计算并改正。"));
    }

    private Finding? CheckGrowth(EvaluationContext ctx, Claim claim)
    {
        var sameLine = ctx.Document.Claims.Where(c => c.Line == claim.Line).ToList();
        var change = Nearest(sameLine, ClaimKind.Change, claim);
        if (change is null)
        {
            return null;
        }

        // "比 2019 年度减少 2.04 万元，下降 68.0%" often follows no amount: this year's figure is then the table's.
        (decimal? Value, Interval Interval) current = Nearest(sameLine, ClaimKind.Amount, change) is { } amount
            ? (amount.Value, Interval.Printed(amount.Value))
            : subjects.Find(change.Subject.Length > 0 ? change.Subject : claim.Subject)?.Resolve(ctx) is { Value: { } v } figure
                ? (v, figure.Interval)
                : (null, Interval.Zero);
        if (current.Value is null)
        {
            return null;
        }

        var currentInterval = current.Interval;

        var previous = currentInterval - Interval.Printed(change.Value);
        var exactPrevious = current.Value.Value - change.Value;
        if (exactPrevious == 0m || previous.Low <= 0m)
        {
            return At(claim, Report(
                $"情况说明上期数为 {Format(exactPrevious)}（{Format(current.Value)} − {Format(change.Value)}），增长率无意义，但写了 {Format(claim.Value)}%",
                claim.Value, null, null, "上期为零时不能计算增长率：请删去增长率，改为说明新增原因。"));
        }

        var range = Interval.Percent(Interval.Printed(change.Value), previous);
        if (range is null || range.Value.Overlaps(Interval.Printed(claim.Value)))
        {
            return null;
        }

        var computed = Math.Round(change.Value / exactPrevious * 100m, Math.Max((int)claim.Value.Scale, 1), MidpointRounding.AwayFromZero);
        return At(claim, Report(
            $"情况说明增长率 {Format(claim.Value)}% ≠ 变动 {Format(change.Value)} ÷ 上期 {Format(exactPrevious)} = {Format(computed)}%",
            claim.Value, computed, null, "增长率 = 增减额 ÷ 上期数：请重新计算并改正。"));
    }

    private Finding? CheckRate(EvaluationContext ctx, Claim claim)
    {
        var sameLine = ctx.Document.Claims.Where(c => c.Line == claim.Line && c.Kind == ClaimKind.Amount).ToList();
        var budget = sameLine.LastOrDefault(c => c.Subject.Contains("年初预算", StringComparison.Ordinal));
        var actual = sameLine.LastOrDefault(c => c.Subject.Contains("决算", StringComparison.Ordinal) && !c.Subject.Contains("预算", StringComparison.Ordinal));
        if (budget is null || actual is null)
        {
            return CheckRateAgainstTables(ctx, claim);
        }

        if (budget.Value == 0m)
        {
            return null;
        }

        var range = Interval.Percent(Interval.Printed(actual.Value), Interval.Printed(budget.Value));
        if (range is null || range.Value.Overlaps(Interval.Printed(claim.Value)))
        {
            return null;
        }

        var computed = Math.Round(actual.Value / budget.Value * 100m, Math.Max((int)claim.Value.Scale, 1), MidpointRounding.AwayFromZero);
        return At(claim, Report(
            $"情况说明完成年初预算的 {Format(claim.Value)}% ≠ 决算 {Format(actual.Value)} ÷ 年初预算 {Format(budget.Value)} = {Format(computed)}%",
            claim.Value, computed, null, "执行率 = 决算数 ÷ 年初预算数：请重新计算并改正。"));
    }

    /// <summary>
    /// "公务用车运行费 0.96 万元，完成年初预算的 31.0%" names no budget amount: the outturn comes from the subject's
    /// figure (<c>Subjects</c>) and the budget from <c>Bases</c>, which for execution rates maps a subject to its 年初预算.
    /// </summary>
    private Finding? CheckRateAgainstTables(EvaluationContext ctx, Claim claim)
    {
        var subject = string.IsNullOrWhiteSpace(claim.Subject) ? SubjectBefore(ctx, claim) : claim.Subject;
        if (subjects.Find(subject)?.Resolve(ctx) is not { Value: { } b } actual
            || bases.Find(subject)?.Resolve(ctx) is not { Value: { } a } budget || a == 0m)
        {
            return null;
        }

        var range = Interval.Percent(actual.Interval, budget.Interval);
        if (range is null || range.Value.Overlaps(Interval.Printed(claim.Value)))
        {
            return null;
        }

        var computed = Math.Round(b / a * 100m, Math.Max((int)claim.Value.Scale, 1), MidpointRounding.AwayFromZero);
        return At(claim, Report(
            $"情况说明“{subject}”完成年初预算的 {Format(claim.Value)}% ≠ 决算 {Format(b)} ÷ 年初预算 {Format(a)} = {Format(computed)}%",
            claim.Value, computed, null, "执行率 = 决算数 ÷ 年初预算数：请按表中数据重新计算并改正。"));
    }

    /// <summary>The claim of a kind closest before <paramref name="anchor"/> in the same sentence list.</summary>
    // The subject of the amount before a claim that names none; apart, so that a claim with a subject allocates
    // no closure for the lookup (a lambda capturing the claim costs its allocation on entry to the method).
    private static string? SubjectBefore(EvaluationContext ctx, Claim claim) =>
        Nearest(ctx.Document.Claims.Where(c => c.Line == claim.Line).ToList(), ClaimKind.Amount, claim)?.Subject;

    private static Claim? Nearest(List<Claim> sameLine, ClaimKind wanted, Claim anchor)
    {
        var index = sameLine.IndexOf(anchor);
        for (var i = index - 1; i >= 0; i--)
        {
            if (sameLine[i].Kind == wanted)
            {
                return sameLine[i];
            }
        }

        return null;
    }

    private static Finding At(Claim claim, Finding finding) =>
        finding with { Location = new Location { Line = claim.Line, Excerpt = claim.Excerpt, Row = claim.Subject } };

}
