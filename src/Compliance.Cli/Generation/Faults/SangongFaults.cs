using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using static Compliance.Cli.Generation.Faults.DocumentEdits;
using static System.FormattableString;

namespace Compliance.Cli.Generation.Faults;

/// <summary>“三公”经费 faults: final over budget, a vehicle purchase with no vehicles stated, an increase with no reason.</summary>
internal static class SangongFaults
{
    private const string Category = FaultCategories.Sangong;
    private const string Table = StandardTables.Sangong;

    public static IReadOnlyList<Fault> All { get; } =
    [
        // Over-budget is checked by execution-rate's rate rules; the fault is about 三公, so it sits here and names that rule.
        new(Category, "final-over-budget", "execution-rate.sangong.over-budget", "“三公”经费决算数超过预算数",
            d => d.Info.Kind == DocumentKind.FinalAccounts && d.Table(Table)?.Column("final") is not null
                && HasCell(d, Table, Key("total"), "budget"),
            FinalOverBudget),

        new(Category, "vehicle-purchase-without-vehicles", "sangong.vehicle-purchase.holdings", "安排公务用车购置费，但未说明车辆保有量",
            d => d.Fact("vehicles") is not null && d.Fact("vehicles.purchased") is null && HasCell(d, Table, Key("total"), "budget"),
            (d, random) =>
            {
                var purchase = Row(d, Table, Key("vehicle.purchase"))?.Value("budget") ?? Money.Zero;
                var detail = "删除车辆保有量说明";
                if (purchase == 0m)
                {
                    // Add a purchase to the budget column and to its sums, so 三公 still adds up.
                    var amount = Money.Between(random, 15.00m, 30.00m);
                    d = Add(d, "vehicle.purchase", "budget", amount);
                    d = Add(d, "vehicle", "budget", amount);
                    d = Add(d, "total", "budget", amount);
                    detail = Invariant($"公务用车购置费预算 {amount} 万元（并计入小计与合计），") + detail;
                }

                return new FaultOutcome(RemoveFact(d, "vehicles"), detail);
            }),

        new(Category, "increase-without-reason", "sangong.increase.explained", "“三公”经费比上年增加，未说明原因",
            d => d.Claims.Any(IsSangongAmount),
            (d, random) =>
            {
                var anchor = d.Claims.Last(IsSangongAmount);
                var increase = Money.Between(random, 0.50m, 5.00m);
                var claim = new Claim
                {
                    Kind = ClaimKind.Change,
                    Subject = "“三公”经费",
                    Value = increase,
                    Basis = "上年",
                    Excerpt = Invariant($"“三公”经费支出比上年增加 {increase} 万元"),
                };
                return new FaultOutcome(InsertClaimsAfter(d, anchor, claim), Invariant($"新增说明：“三公”经费比上年增加 {increase} 万元，无原因"));
            }),
    ];

    private static bool IsSangongAmount(Claim c) => c.Kind == ClaimKind.Amount && c.Subject.Contains("三公", StringComparison.Ordinal);

    private static Func<Row, bool> Key(string key) => r => r.Key == key;

    private static Document Add(Document d, string rowKey, string column, decimal amount) =>
        SetCells(d, Table, Key(rowKey), (column, (Row(d, Table, Key(rowKey))?.Value(column) ?? Money.Zero) + amount));

    /// <summary>
    /// Raises one leaf's final above its budget by enough that the total final also exceeds the total budget,
    /// and books the increase into the total so 三公 composition still holds.
    /// </summary>
    private static FaultOutcome FinalOverBudget(Document d, Bogus.Randomizer random)
    {
        var leaf = random.ArrayElement(["abroad", "reception"]);
        var name = leaf == "abroad" ? "因公出国（境）费" : "公务接待费";
        var total = Row(d, Table, Key("total"))!;
        var row = Row(d, Table, Key(leaf))!;
        var leafBudget = row.Value("budget") ?? Money.Zero;
        var leafFinal = row.Value("final") ?? Money.Zero;
        var totalBudget = total.Value("budget") ?? Money.Zero;
        var totalFinal = total.Value("final") ?? Money.Zero;
        var slack = totalBudget - totalFinal + leafFinal - leafBudget;
        var newLeaf = leafBudget + slack + Money.Between(random, 1.00m, 10.00m);
        var newTotal = totalFinal - leafFinal + newLeaf;
        d = SetCells(d, Table, Key(leaf), ("final", newLeaf));
        d = SetCells(d, Table, Key("total"), ("final", newTotal));
        return new FaultOutcome(d, Invariant($"{name}决算 {leafFinal} → {newLeaf}（预算 {leafBudget}），合计决算 {totalFinal} → {newTotal}（预算 {totalBudget}）"));
    }
}
