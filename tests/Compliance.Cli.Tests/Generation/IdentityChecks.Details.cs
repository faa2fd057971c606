using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Generation;

/// <summary>基本支出, 三公, procurement, projects, self-evaluations, facts, claims and decimal scale.</summary>
internal sealed partial class IdentityChecks
{
    private static readonly string[] RequiredLevel2 = ["数量", "质量", "时效", "成本", "社会效益", "经济效益", "可持续影响", "服务对象满意度"];

    private bool IsFinal => document.Info.Kind == DocumentKind.FinalAccounts;

    private void CheckBasic()
    {
        var t = Table(StandardTables.GeneralPublicBasic);
        decimal Class(string code) => V(t.Rows.Single(r => r.Code == code), "amount");
        foreach (var parent in Coded(t, 3))
        {
            Equal($"basic {parent.Code}", Sum(Coded(t, 5).Where(r => r.Code!.StartsWith(parent.Code!, StringComparison.Ordinal)), "amount"), V(parent, "amount"));
        }

        var personnel = V(Fixed(t, "personnel.total"), "amount");
        var @public = V(Fixed(t, "public.total"), "amount");
        Equal("basic personnel.total = 301 + 303", Class("301") + Class("303"), personnel);
        Equal("basic public.total = 302 + 310", Class("302") + Class("310"), @public);
        Equal("basic total", personnel + @public, V(Fixed(t, "total"), "amount"));
        Equal("basic total = generalPublic basic", V(Fixed(Table(StandardTables.GeneralPublic), "total"), "basic"), V(Fixed(t, "total"), "amount"));
    }

    private void CheckSangong()
    {
        var t = Table(StandardTables.Sangong);
        foreach (var column in new[] { "budget", "final" })
        {
            Equal($"sangong total {column}", V(Fixed(t, "abroad"), column) + V(Fixed(t, "vehicle"), column) + V(Fixed(t, "reception"), column), V(Fixed(t, "total"), column));
            Equal($"sangong vehicle {column}", V(Fixed(t, "vehicle.purchase"), column) + V(Fixed(t, "vehicle.operation"), column), V(Fixed(t, "vehicle"), column));
        }

        True("sangong final ≤ budget", t.Rows.All(r => V(r, "final") <= V(r, "budget")));
        var basic = Table(StandardTables.GeneralPublicBasic);
        decimal Item(string code) => V(basic.Rows.Single(r => r.Code == code), "amount");
        var booked = IsFinal ? "final" : "budget";
        Equal("sangong reception = basic 30217", Item("30217"), V(Fixed(t, "reception"), booked));
        Equal("sangong vehicle.operation = basic 30231", Item("30231"), V(Fixed(t, "vehicle.operation"), booked));
    }

    private void CheckEmptyAndProcurement()
    {
        foreach (var id in new[] { StandardTables.GovernmentFund, StandardTables.StateCapital })
        {
            True($"{id} stated empty", Table(id).StatedEmpty && Table(id).Rows.Count == 0);
        }

        var p = Table(StandardTables.Procurement);
        Equal("procurement total", V(Fixed(p, "goods"), "amount") + V(Fixed(p, "works"), "amount") + V(Fixed(p, "services"), "amount"), V(Fixed(p, "total"), "amount"));
    }

    private void CheckProjects()
    {
        var projects = document.Projects.Where(p => !p.WholeDepartment).ToList();
        True("at least one project", projects.Count > 0);
        True("budgets publish whole-department targets", document.Projects.Count(p => p.WholeDepartment) == (IsFinal ? 0 : 1));
        foreach (var project in projects)
        {
            var budget = project.CurrentYearBudget ?? 0m;
            Equal($"project {project.Name} budget = Σ lines", project.ExpenditureLines.Sum(l => l.Amount ?? 0m), budget);
            True($"project {project.Name} procurement ≤ budget", project.ProcurementLines.Sum(l => l.Amount ?? 0m) <= budget);
            Equal($"project {project.Name} total budget", budget + (project.PriorYears ?? 0m), project.TotalBudget ?? 0m);
            True($"project {project.Name} indicators", RequiredLevel2.All(l2 => project.Indicators.Any(i => i.Level2 == l2 && !string.IsNullOrEmpty(i.Target))));
        }

        Equal("Σ project budgets = expenditure project", projects.Sum(p => p.CurrentYearBudget ?? 0m), V(Fixed(Table(StandardTables.Expenditure), "total"), "project"));
    }

    private void CheckSelfEvaluations()
    {
        if (!IsFinal)
        {
            True("budget has no self-evaluations", document.SelfEvaluations.Count == 0);
            return;
        }

        True("one whole-department evaluation", document.SelfEvaluations.Count(e => e.WholeDepartment) == 1);
        True("one evaluation per project", document.Projects.Where(p => !p.WholeDepartment).All(p => document.SelfEvaluations.Count(e => !e.WholeDepartment && e.Subject == p.Name) == 1));
        foreach (var e in document.SelfEvaluations)
        {
            var (a, b) = (e.Budget ?? 0m, e.Executed ?? 0m);
            var rate = Math.Round(b / a * 100m, 2, MidpointRounding.AwayFromZero);
            True($"evaluation {e.Subject} executed ≤ budget", b <= a);
            Equal($"evaluation {e.Subject} rate", rate, e.StatedRate ?? 0m);
            True($"evaluation {e.Subject} rate ≥ 90", rate >= 90m);
            Equal($"evaluation {e.Subject} score", Math.Round((e.Weight ?? 0m) * rate / 100m, 2, MidpointRounding.AwayFromZero), e.Score ?? 0m);
            True($"evaluation {e.Subject} indicators met", e.Indicators.Count > 0 && e.Indicators.All(Meets));
        }
    }

    private void CheckFacts()
    {
        var authorized = document.Fact("staff.authorized")?.Value ?? 0m;
        var actual = document.Fact("staff.actual")?.Value ?? 0m;
        True("staff 0 < actual ≤ authorized", actual > 0m && actual <= authorized);
        var purchaseBudget = V(Fixed(Table(StandardTables.Sangong), "vehicle.purchase"), "budget");
        True("vehicles held when purchase budgeted", purchaseBudget == 0m || document.Fact("vehicles")?.Value > 0m);
    }

    private void CheckClaims()
    {
        var lines = document.Claims.Select(c => c.Line).ToList();
        True("claim lines strictly increase", lines.Zip(lines.Skip(1)).All(p => p.First < p.Second));
        var summary = Table(StandardTables.Summary);
        var expenditure = Table(StandardTables.Expenditure);
        var classes = FunctionalClasses.All.ToDictionary(c => c.Name, c => c.Code);
        decimal? Part(string subject) => subject switch
        {
            "本年收入合计" => V(Fixed(summary, "income.total"), "amount"),
            "本年支出合计" => V(Fixed(summary, "expenditure.total"), "amount"),
            "收入总计" => V(Fixed(summary, "income.grand"), "amount"),
            "财政拨款收入" => V(Fixed(Table(StandardTables.Income), "total"), "fiscal"),
            "基本支出" => V(Fixed(expenditure, "total"), "basic"),
            "项目支出" => V(Fixed(expenditure, "total"), "project"),
            "人员经费" => V(Fixed(Table(StandardTables.GeneralPublicBasic), "personnel.total"), "amount"),
            "公用经费" => V(Fixed(Table(StandardTables.GeneralPublicBasic), "public.total"), "amount"),
            "政府采购支出总额" => V(Fixed(Table(StandardTables.Procurement), "total"), "amount"),
            "“三公”经费" => V(Fixed(Table(StandardTables.Sangong), "total"), IsFinal ? "final" : "budget"),
            _ when classes.TryGetValue(subject, out var code) => V(expenditure.Rows.Single(r => r.Code == code), "total"),
            _ => null,
        };

        foreach (var claim in document.Claims)
        {
            var printed = claim.Value.ToString("0.00", CultureInfo.InvariantCulture);
            True($"claim line {claim.Line} excerpt shows {printed}", claim.Excerpt.Contains(printed, StringComparison.Ordinal));
            var part = Part(claim.Subject);
            True($"claim subject {claim.Subject} known", part is not null);
            if (claim.Kind == ClaimKind.Amount)
            {
                Equal($"claim {claim.Subject}", part ?? 0m, claim.Value);
            }
            else
            {
                var whole = Part(claim.Basis == "本年收入" ? "本年收入合计" : "本年支出合计") ?? 0m;
                Equal($"share {claim.Subject} of {claim.Basis}", Math.Round((part ?? 0m) * 100m / whole, 2, MidpointRounding.AwayFromZero), claim.Value);
            }
        }
    }

    private void CheckScale()
    {
        var cells = document.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Values.Values.OfType<decimal>().Select(v => (Where: $"{t.Id} {r.Key ?? r.Code}", Value: v))));
        var projectAmounts = document.Projects.SelectMany(p => p.ExpenditureLines.Concat(p.ProcurementLines).Select(l => (Where: p.Name, Value: l.Amount ?? 0.00m)));
        var claims = document.Claims.Select(c => (Where: $"claim {c.Line}", c.Value));
        foreach (var (where, value) in cells.Concat(projectAmounts).Concat(claims))
        {
            True($"{where} {value} has two decimals", value.Scale == 2);
        }
    }

    private static bool Meets(Indicator indicator)
    {
        var target = Number(indicator.Target);
        var actual = Number(indicator.Actual);
        return indicator.Target![0] switch
        {
            '≥' => actual >= target,
            '≤' => actual <= target,
            _ => actual == target,
        };
    }

    private static decimal Number(string? text) =>
        decimal.Parse(NumberPattern().Match(text ?? "").Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
