using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using Compliance.Rules.Kinds;
using Compliance.Rules.Tolerance;
using static Compliance.Benchmarks.Baseline.Findings;
using static Compliance.Benchmarks.Baseline.Tables;

namespace Compliance.Benchmarks.Baseline;

/// <summary>rules/narrative.yaml written out by hand: each subject a claim may name, and where its figure is.</summary>
internal static class NarrativeChecks
{
    private static Figure Summary(Document d, params string[] keys) => Keys(Find(d, "summary"), "amount", keys);

    private static Figure ByKind(Document d, string row) =>
        Figure.Of(Tables.Sum(d, "sangong", row, d.Info.Kind == DocumentKind.Budget ? "budget" : "final"));

    private static readonly Subjects Amounts = new(
    [
        ("收支总计", d => Summary(d, "income.grand")), ("收入总计", d => Summary(d, "income.grand")),
        ("支出总计", d => Summary(d, "expenditure.grand")), ("收入合计", d => Summary(d, "income.total")),
        ("本年收入合计", d => Summary(d, "income.total")), ("收入预算", d => Summary(d, "income.total")),
        ("支出合计", d => Summary(d, "expenditure.total")), ("本年支出合计", d => Summary(d, "expenditure.total")),
        ("支出预算", d => Summary(d, "expenditure.total")),
        ("财政拨款收入", d => Summary(d, "income.general", "income.fund", "income.capital")),
        ("一般公共预算财政拨款收入", d => Summary(d, "income.general")), ("政府性基金预算财政拨款收入", d => Summary(d, "income.fund")),
        ("上级补助收入", d => Summary(d, "income.upper")), ("事业收入", d => Summary(d, "income.business")),
        ("经营收入", d => Summary(d, "income.operating")), ("附属单位上缴收入", d => Summary(d, "income.subsidiary")),
        ("其他收入", d => Summary(d, "income.other")),
        ("基本支出", d => Key(d, "expenditure", "total", "basic")), ("项目支出", d => Key(d, "expenditure", "total", "project")),
        ("上缴上级支出", d => Key(d, "expenditure", "total", "upper")), ("经营支出", d => Key(d, "expenditure", "total", "operating")),
        ("对附属单位补助支出", d => Key(d, "expenditure", "total", "subsidiary")),
        ("财政拨款收支总计", d => Key(d, "fiscalSummary", "income.grand", "amount")),
        ("财政拨款支出", d => Key(d, "fiscalSummary", "expenditure.total", "total")),
        ("一般公共预算财政拨款支出", d => Key(d, "generalPublic", "total", "total")),
        ("一般公共预算财政拨款基本支出", d => Key(d, "generalPublicBasic", "total", "amount")),
        ("人员经费", d => Key(d, "generalPublicBasic", "personnel.total", "amount")),
        ("公用经费", d => Key(d, "generalPublicBasic", "public.total", "amount")),
        ("“三公”经费", d => ByKind(d, "total")), ("“三公”经费财政拨款", d => ByKind(d, "total")),
        ("政府采购支出总额", d => Key(d, "procurement", "total", "amount")),
        ("因公出国（境）费", d => ByKind(d, "abroad")), ("公务接待费", d => ByKind(d, "reception")),
        ("公务用车购置及运行费", d => ByKind(d, "vehicle")), ("公务用车购置费", d => ByKind(d, "vehicle.purchase")),
        ("公务用车运行维护费", d => ByKind(d, "vehicle.operation")),
    ]);

    private static readonly Subjects ShareParts = new(
    [
        ("财政拨款收入", d => Summary(d, "income.general", "income.fund", "income.capital")),
        ("财政拨款", d => Summary(d, "income.general", "income.fund", "income.capital")),
        ("一般公共预算财政拨款收入", d => Summary(d, "income.general")), ("上级补助收入", d => Summary(d, "income.upper")),
        ("事业收入", d => Summary(d, "income.business")), ("经营收入", d => Summary(d, "income.operating")),
        ("附属单位上缴收入", d => Summary(d, "income.subsidiary")), ("其他收入", d => Summary(d, "income.other")),
        ("基本支出", d => Key(d, "expenditure", "total", "basic")), ("项目支出", d => Key(d, "expenditure", "total", "project")),
        ("上缴上级支出", d => Key(d, "expenditure", "total", "upper")), ("经营支出", d => Key(d, "expenditure", "total", "operating")),
        ("对附属单位补助支出", d => Key(d, "expenditure", "total", "subsidiary")),
        ("财政拨款支出", d => Key(d, "fiscalSummary", "expenditure.total", "total")),
    ]);

    private static readonly Subjects ShareBases = new(
    [
        ("本年收入", d => Summary(d, "income.total")), ("本年收入合计", d => Summary(d, "income.total")), ("收入合计", d => Summary(d, "income.total")),
        ("本年支出", d => Summary(d, "expenditure.total")), ("本年支出合计", d => Summary(d, "expenditure.total")),
        ("支出合计", d => Summary(d, "expenditure.total")),
        ("财政拨款支出", d => Key(d, "fiscalSummary", "expenditure.total", "total")),
        ("一般公共预算财政拨款支出", d => Key(d, "generalPublic", "total", "total")),
        ("财政拨款", d => Key(d, "fiscalSummary", "expenditure.total", "total")),
    ]);

    private static readonly Subjects RateActuals = new(
    [
        ("“三公”经费", d => Key(d, "sangong", "total", "final")), ("因公出国（境）费", d => Key(d, "sangong", "abroad", "final")),
        ("公务接待费", d => Key(d, "sangong", "reception", "final")), ("公务用车购置及运行费", d => Key(d, "sangong", "vehicle", "final")),
        ("公务用车购置费", d => Key(d, "sangong", "vehicle.purchase", "final")), ("公务用车运行费", d => Key(d, "sangong", "vehicle.operation", "final")),
        ("公务用车运行维护费", d => Key(d, "sangong", "vehicle.operation", "final")),
    ]);

    private static readonly Subjects RateBudgets = new(
    [
        ("“三公”经费", d => Key(d, "sangong", "total", "budget")), ("因公出国（境）费", d => Key(d, "sangong", "abroad", "budget")),
        ("公务接待费", d => Key(d, "sangong", "reception", "budget")), ("公务用车购置及运行费", d => Key(d, "sangong", "vehicle", "budget")),
        ("公务用车购置费", d => Key(d, "sangong", "vehicle.purchase", "budget")), ("公务用车运行费", d => Key(d, "sangong", "vehicle.operation", "budget")),
        ("公务用车运行维护费", d => Key(d, "sangong", "vehicle.operation", "budget")),
    ]);

    public static void Run(Document d, Findings f)
    {
        List<Claim>? line = null;
        foreach (var claim in d.Claims)
        {
            switch (claim.Kind)
            {
                case ClaimKind.Amount:
                    Amount(d, f, claim);
                    Procurement(d, f, claim);
                    break;
                case ClaimKind.Share:
                    Share(d, f, claim, line = SameLine(d, claim, line));
                    break;
                case ClaimKind.Growth:
                    Growth(d, f, claim, line = SameLine(d, claim, line));
                    break;
                case ClaimKind.ExecutionRate:
                    Rate(d, f, claim, line = SameLine(d, claim, line));
                    break;
            }
        }
    }

    private static List<Claim> SameLine(Document d, Claim claim, List<Claim>? previous) =>
        previous is { Count: > 0 } && previous[0].Line == claim.Line ? previous : d.Claims.Where(c => c.Line == claim.Line).ToList();

    private static void Amount(Document d, Findings f, Claim claim)
    {
        var figure = Amounts.Find(d, claim.Subject, "generalPublic", "total");
        if (!figure.Present || (figure.Value ?? 0m) == claim.Value)
        {
            return;
        }

        var stated = Interval.Printed(claim.Value);
        if (figure.Interval.Overlaps(stated) && Interval.SameAtCoarserPrecision(claim.Value, figure.Value ?? 0m))
        {
            return;
        }

        f.Report("narrative.amounts", $"情况说明“{claim.Subject}”{F(claim.Value)} 万元与表中数 {F(figure.Value)} 万元不一致");
    }

    private static void Share(Document d, Findings f, Claim claim, List<Claim> line)
    {
        var subject = string.IsNullOrWhiteSpace(claim.Subject) ? Nearest(line, ClaimKind.Amount, claim)?.Subject : claim.Subject;
        var part = ShareParts.Find(d, subject, "generalPublic", "total");
        var whole = ShareBases.Find(d, claim.Basis, null, null);
        if (part is not { Present: true, Value: { } p } || whole is not { Present: true, Value: { } w })
        {
            return;
        }

        var range = Interval.Percent(part.Interval, whole.Interval);
        if (range is null || range.Value.Overlaps(Interval.Printed(claim.Value)))
        {
            return;
        }

        f.Report("narrative.shares", $"情况说明“{subject}”占{claim.Basis} {F(claim.Value)}% ≠ {F(p)} ÷ {F(w)}");
    }

    private static void Growth(Document d, Findings f, Claim claim, List<Claim> line)
    {
        var change = Nearest(line, ClaimKind.Change, claim);
        if (change is null)
        {
            return;
        }

        decimal current;
        Interval currentInterval;
        if (Nearest(line, ClaimKind.Amount, change) is { } amount)
        {
            (current, currentInterval) = (amount.Value, Interval.Printed(amount.Value));
        }
        else if (Amounts.Find(d, change.Subject.Length > 0 ? change.Subject : claim.Subject, "summary", "amount") is { Value: { } v } figure)
        {
            (current, currentInterval) = (v, figure.Interval);
        }
        else
        {
            return;
        }

        var previous = currentInterval - Interval.Printed(change.Value);
        var exactPrevious = current - change.Value;
        if (exactPrevious == 0m || previous.Low <= 0m)
        {
            f.Report("narrative.growth", $"情况说明上期数为 {F(exactPrevious)}，增长率无意义，但写了 {F(claim.Value)}%");
            return;
        }

        var range = Interval.Percent(Interval.Printed(change.Value), previous);
        if (range is not null && !range.Value.Overlaps(Interval.Printed(claim.Value)))
        {
            f.Report("narrative.growth", $"情况说明增长率 {F(claim.Value)}% ≠ 变动 {F(change.Value)} ÷ 上期 {F(exactPrevious)}");
        }
    }

    private static void Rate(Document d, Findings f, Claim claim, List<Claim> line)
    {
        Claim? budget = null, actual = null;
        foreach (var c in line)
        {
            if (c.Kind != ClaimKind.Amount)
            {
                continue;
            }

            budget = c.Subject.Contains("年初预算", StringComparison.Ordinal) ? c : budget;
            actual = c.Subject.Contains("决算", StringComparison.Ordinal) && !c.Subject.Contains("预算", StringComparison.Ordinal) ? c : actual;
        }

        Interval? range;
        if (budget is null || actual is null)
        {
            var subject = string.IsNullOrWhiteSpace(claim.Subject) ? Nearest(line, ClaimKind.Amount, claim)?.Subject : claim.Subject;
            var b = RateActuals.Find(d, subject, null, null);
            var a = RateBudgets.Find(d, subject, null, null);
            if (b.Value is null || a.Value is not { } av || av == 0m)
            {
                return;
            }

            range = Interval.Percent(b.Interval, a.Interval);
        }
        else
        {
            if (budget.Value == 0m)
            {
                return;
            }

            range = Interval.Percent(Interval.Printed(actual.Value), Interval.Printed(budget.Value));
        }

        if (range is not null && !range.Value.Overlaps(Interval.Printed(claim.Value)))
        {
            f.Report("narrative.execution-rate", $"情况说明完成年初预算的 {F(claim.Value)}% 与决算 ÷ 年初预算不符");
        }
    }

    private static void Procurement(Document d, Findings f, Claim t)
    {
        var s = t.Subject;
        if (!s.Contains("政府采购", StringComparison.Ordinal) || s.Contains("货物", StringComparison.Ordinal) || s.Contains("工程", StringComparison.Ordinal)
            || s.Contains("服务", StringComparison.Ordinal) || s.Contains("合同", StringComparison.Ordinal) || s.Contains("中小", StringComparison.Ordinal)
            || s.Contains("小微", StringComparison.Ordinal))
        {
            return;
        }

        decimal? goods = null, works = null, services = null;
        foreach (var c in d.Claims)
        {
            if (c.Kind != ClaimKind.Amount || c.Line != t.Line)
            {
                continue;
            }

            goods = c.Subject.Contains("货物", StringComparison.Ordinal) ? (goods ?? 0m) + c.Value : goods;
            works = c.Subject.Contains("工程", StringComparison.Ordinal) ? (works ?? 0m) + c.Value : works;
            services = c.Subject.Contains("服务", StringComparison.Ordinal) ? (services ?? 0m) + c.Value : services;
        }

        if (goods is null && works is null && services is null)
        {
            return;
        }

        var sum = Interval.PrintedOrBlank(goods) + Interval.PrintedOrBlank(works) + Interval.PrintedOrBlank(services);
        if (!Interval.Printed(t.Value).Overlaps(sum))
        {
            f.Report("narrative.procurement.composition", $"政府采购支出总额 {F(t.Value)} 万元 ≠ 货物 {F(goods)} + 工程 {F(works)} + 服务 {F(services)}");
        }
    }

    private static Claim? Nearest(List<Claim> line, ClaimKind wanted, Claim anchor)
    {
        for (var i = line.IndexOf(anchor) - 1; i >= 0; i--)
        {
            if (line[i].Kind == wanted)
            {
                return line[i];
            }
        }

        return null;
    }

    /// <summary>Exact subject first, then the longest key the subject ends with, then a functional class name.</summary>
    private sealed class Subjects((string Key, Func<Document, Figure> Figure)[] map)
    {
        private readonly (string Key, Func<Document, Figure> Figure)[] byLength =
            [.. map.Select(p => (ClaimSubjects.Normalize(p.Key), p.Figure)).OrderByDescending(p => p.Item1.Length)];

        public Figure Find(Document d, string? subject, string? classTable, string? classColumn)
        {
            if (string.IsNullOrWhiteSpace(subject))
            {
                return Figure.Absent;
            }

            var s = ClaimSubjects.Normalize(subject);
            foreach (var (key, figure) in byLength)
            {
                if (s == key)
                {
                    return figure(d);
                }
            }

            foreach (var (key, figure) in byLength)
            {
                if (s.EndsWith(key, StringComparison.Ordinal))
                {
                    return figure(d);
                }
            }

            return classTable is not null && FunctionalClasses.CodeOf(s) is { } code ? Code(Tables.Find(d, classTable), code, classColumn!) : Figure.Absent;
        }
    }
}
