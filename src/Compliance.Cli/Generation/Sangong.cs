using Bogus;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation;

/// <summary>The four leaves of “三公”经费 in one column; vehicle and total are their exact sums.</summary>
internal sealed record SangongItems(decimal Abroad, decimal Purchase, decimal Operation, decimal Reception)
{
    public decimal Vehicle => Purchase + Operation;

    public decimal Total => Abroad + Vehicle + Reception;
}

/// <summary>“三公”经费 年初预算 and 决算. Each final leaf is a share of at most 100 % of its budget, so final ≤ budget.</summary>
internal sealed record Sangong(SangongItems Budget, SangongItems Final)
{
    public static Sangong Draw(Randomizer random, DepartmentProfile department)
    {
        var hasVehicles = department.Vehicles > 0;
        var budget = new SangongItems(
            Abroad: random.Bool(0.12f) ? Money.Between(random, 2.00m, 20.00m) : Money.Zero,
            Purchase: hasVehicles && random.Bool(0.12f) ? Money.Between(random, 15.00m, 30.00m) : Money.Zero,
            Operation: hasVehicles ? Money.PerHead(random, department.Vehicles, 1.20m, 3.50m) : Money.Zero,
            Reception: random.Bool(0.85f) ? Money.Between(random, 0.30m, 8.00m) : Money.Zero);

        var final = new SangongItems(
            Abroad: Spent(random, budget.Abroad, 0.7f),
            Purchase: Spent(random, budget.Purchase, 0.5f),
            Operation: Spent(random, budget.Operation, 1.0f),
            Reception: Spent(random, budget.Reception, 0.9f));
        return new Sangong(budget, final);
    }

    /// <summary>The column a document of the kind prints and books into 基本支出: budget for 预算, final for 决算.</summary>
    public SangongItems Booked(DocumentKind kind) => kind == DocumentKind.Budget ? Budget : Final;

    private static decimal Spent(Randomizer random, decimal budget, float chance) =>
        budget > 0m && random.Bool(chance) ? Money.Share(random, budget, 40m, 100m) : Money.Zero;
}
