using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using static Compliance.Cli.Generation.Faults.DocumentEdits;

namespace Compliance.Cli.Generation.Faults;

/// <summary>Completeness faults: a required table left out, the head count (在职实有人数) not stated.</summary>
internal static class StructureFaults
{
    private const string Category = FaultCategories.Structure;

    private static readonly string[] BudgetTables =
    [
        StandardTables.Summary, StandardTables.Income, StandardTables.Expenditure, StandardTables.FiscalSummary,
        StandardTables.GeneralPublic, StandardTables.GeneralPublicBasic, StandardTables.Sangong, StandardTables.GovernmentFund,
    ];

    private static readonly string[] FinalTables = [.. BudgetTables, StandardTables.StateCapital];

    public static IReadOnlyList<Fault> All { get; } =
    [
        new(Category, "required-table-removed", "structure.final-accounts.tables", "规定公开的表缺失",
            d => Required(d).Any(id => d.Table(id) is not null),
            (d, random) =>
            {
                var table = d.Table(Pick(random, Required(d).Where(id => d.Table(id) is not null)))!;
                var rule = d.Info.Kind == DocumentKind.Budget ? "structure.budget.tables" : "structure.final-accounts.tables";
                return new FaultOutcome(RemoveTable(d, table.Id), $"删除“{table.Title}”", rule);
            }),

        new(Category, "staff-not-stated", "structure.staff.stated", "未公开在职实有人数",
            d => d.Fact("staff.actual") is not null,
            (d, _) => new FaultOutcome(RemoveFact(d, "staff.actual"), "删除在职实有人数")),
    ];

    private static string[] Required(Document d) => d.Info.Kind == DocumentKind.Budget ? BudgetTables : FinalTables;
}
