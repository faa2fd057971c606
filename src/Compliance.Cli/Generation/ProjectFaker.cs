using Bogus;
using Compliance.Documents.Model;
using static System.FormattableString;

namespace Compliance.Cli.Generation;

/// <summary>
/// A project as drawn: the canonical <see cref="Model.Project"/> plus what the tables need — the 项 its
/// spending is booked to, carry-over in and out (决算 only), procurement by category, and the
/// self-evaluation budget (A) its spending (B) is measured against.
/// </summary>
internal sealed record ProjectDraft(
    Project Project,
    FunctionalItem Item,
    decimal Amount,
    decimal CarryIn,
    decimal CarryOut,
    decimal EvaluationBudget,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyDictionary<ProcurementKind, decimal> Procurement);

/// <summary>Draws a department's projects: expenditure lines that add up to the budget exactly, procurement within them.</summary>
internal static class ProjectFaker
{
    public static IReadOnlyList<ProjectDraft> Draw(Randomizer random, DepartmentProfile department, DocumentKind kind)
    {
        var template = department.Template;
        var names = template.ProjectNames.Concat(DepartmentTemplates.CommonProjects).ToList();
        var count = random.Number(1, Math.Min(5, names.Count));
        var chosen = random.Shuffle(names).Take(count).ToList();
        var sequence = random.Number(100, 900);
        var projects = new List<ProjectDraft>(count);
        foreach (var name in chosen)
        {
            sequence += random.Number(1, 40);
            var code = Invariant($"{department.Region.AdminCode}{department.Year % 100:D2}{sequence:D5}");
            projects.Add(Draw(random, department, kind, name, code));
        }

        return projects;
    }

    private static ProjectDraft Draw(Randomizer random, DepartmentProfile department, DocumentKind kind, string name, string code)
    {
        // A project is mostly a few to a few hundred 万元; some departments carry one large programme.
        var amount = random.Bool(0.08f)
            ? Money.Between(random, 1000.00m, 20000.00m)
            : Money.PerHead(random, department.ActualStaff, 0.20m, 12.00m);
        var items = random.Shuffle(EconomicCodes.ProjectItems.ToList()).Take(random.Number(1, 4)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        var parts = Money.Split(random, amount, items.Count);
        var expenditure = new List<AmountLine>(items.Count);
        var procurementLines = new List<AmountLine>();
        var procurement = new Dictionary<ProcurementKind, decimal>();
        for (var i = 0; i < items.Count; i++)
        {
            var (itemCode, itemName, procurementKind) = items[i];
            expenditure.Add(new AmountLine { Name = itemName, Code = itemCode, Amount = parts[i] });
            if (procurementKind is { } pk && random.Bool(0.7f))
            {
                // A purchase never exceeds the line it is paid from, so Σ procurement ≤ budget.
                var purchased = Money.Share(random, parts[i], 60m, 100m);
                procurementLines.Add(new AmountLine { Name = itemName, Code = itemCode, Amount = purchased });
                procurement[pk] = procurement.GetValueOrDefault(pk, Money.Zero) + purchased;
            }
        }

        var final = kind == DocumentKind.FinalAccounts;
        var carryIn = final && random.Bool(0.35f) ? Money.Share(random, amount, 5m, 40m) : Money.Zero;
        var carryOut = final && random.Bool(0.3f) ? Money.Share(random, amount, 2m, 20m) : Money.Zero;
        // A is at most 10 % above B, so the execution rate B/A stays at or above 90.9 %.
        var evaluationBudget = amount + Money.Share(random, amount, 0m, 10m);
        var priorYears = random.Bool(0.3f) ? Money.Share(random, amount, 50m, 200m) : (decimal?)null;
        var indicators = IndicatorFaker.Draw(random, amount, amount);

        var project = new Project
        {
            Name = name,
            Code = code,
            CurrentYearBudget = amount,
            PriorYears = priorYears,
            TotalBudget = amount + (priorYears ?? Money.Zero),
            ExpenditureLines = expenditure,
            ProcurementLines = procurementLines,
            Indicators = IndicatorFaker.TargetsOnly(indicators),
        };
        var item = random.ListItem(department.Template.ProjectItems.ToList());
        return new ProjectDraft(project, item, amount, carryIn, carryOut, evaluationBudget, indicators, procurement);
    }
}
