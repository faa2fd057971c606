using Bogus;

namespace Compliance.Cli.Generation;

/// <summary>A 基本支出 line by economic classification.</summary>
internal sealed record EconomicLine(string Code, string Name, decimal Amount);

/// <summary>
/// Draws 一般公共预算财政拨款基本支出 by economic item from head counts. Social-insurance items are rates of the
/// wage base as payroll offices compute them; the “三公” items are taken from the 三公 table so both tables agree.
/// </summary>
internal static class BasicExpenditureFaker
{
    public static IReadOnlyList<EconomicLine> Draw(Randomizer random, DepartmentProfile department, SangongItems sangong)
    {
        var n = department.ActualStaff;
        var admin = department.Template.Administrative;
        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["30101"] = Money.PerHead(random, n, 3.20m, 5.00m),
            ["30102"] = admin ? Money.PerHead(random, n, 3.00m, 6.00m) : Money.PerHead(random, n, 0.50m, 1.50m),
            ["30103"] = admin && random.Bool(0.5f) ? Money.PerHead(random, n, 0.30m, 1.00m) : Money.Zero,
            ["30106"] = random.Bool(0.5f) ? Money.PerHead(random, n, 0.20m, 0.60m) : Money.Zero,
            ["30107"] = admin ? Money.PerHead(random, n, 1.00m, 3.00m) : Money.PerHead(random, n, 4.00m, 8.00m),
        };
        var wageBase = amounts["30101"] + amounts["30102"] + amounts["30107"];
        amounts["30108"] = Money.Share(random, wageBase, 15m, 16m);
        amounts["30109"] = random.Bool(0.8f) ? Money.Share(random, wageBase, 7m, 8m) : Money.Zero;
        amounts["30110"] = Money.Share(random, wageBase, 7m, 9m);
        amounts["30111"] = admin ? Money.Share(random, wageBase, 2m, 4m) : Money.Zero;
        amounts["30112"] = Money.Share(random, wageBase, 0.5m, 1.5m);
        amounts["30113"] = Money.Share(random, wageBase, 10m, 12m);
        amounts["30114"] = random.Bool(0.5f) ? Money.PerHead(random, n, 0.10m, 0.50m) : Money.Zero;
        amounts["30199"] = random.Bool(0.6f) ? Money.PerHead(random, n, 0.20m, 2.00m) : Money.Zero;

        amounts["30201"] = Money.PerHead(random, n, 0.20m, 0.60m);
        amounts["30202"] = Maybe(random, 0.7f, n, 0.02m, 0.10m);
        amounts["30205"] = Money.PerHead(random, n, 0.02m, 0.08m);
        amounts["30206"] = Money.PerHead(random, n, 0.10m, 0.30m);
        amounts["30207"] = Money.PerHead(random, n, 0.05m, 0.15m);
        amounts["30209"] = Maybe(random, 0.6f, n, 0.20m, 0.80m);
        amounts["30211"] = Money.PerHead(random, n, 0.05m, 0.30m);
        amounts[EconomicCodes.Abroad] = sangong.Abroad;
        amounts["30213"] = Maybe(random, 0.7f, n, 0.05m, 0.30m);
        amounts["30214"] = Maybe(random, 0.2f, n, 0.10m, 0.50m);
        amounts["30215"] = Maybe(random, 0.5f, n, 0.02m, 0.10m);
        amounts["30216"] = Maybe(random, 0.7f, n, 0.02m, 0.10m);
        amounts[EconomicCodes.Reception] = sangong.Reception;
        amounts["30226"] = Maybe(random, 0.4f, n, 0.05m, 0.40m);
        amounts["30227"] = Maybe(random, 0.3f, n, 0.10m, 0.80m);
        amounts["30228"] = Money.Share(random, wageBase, 2m, 2m);
        amounts["30229"] = Money.PerHead(random, n, 0.10m, 0.35m);
        amounts[EconomicCodes.VehicleOperation] = sangong.Operation;
        amounts["30239"] = admin ? Maybe(random, 0.6f, n, 0.30m, 1.00m) : Money.Zero;
        amounts["30299"] = Money.PerHead(random, n, 0.05m, 0.50m);

        amounts["30302"] = Money.PerHead(random, department.Retired, 4.00m, 8.00m);
        amounts["30304"] = random.Bool(0.15f) ? Money.Between(random, 1.00m, 10.00m) : Money.Zero;
        amounts["30305"] = random.Bool(0.1f) ? Money.Between(random, 0.50m, 5.00m) : Money.Zero;
        amounts["30399"] = Maybe(random, 0.5f, n, 0.05m, 0.30m);

        amounts["31002"] = random.Bool(0.3f) ? Money.Between(random, 1.00m, 20.00m) : Money.Zero;
        amounts[EconomicCodes.VehiclePurchase] = sangong.Purchase;

        return EconomicCodes.BasicItems
            .Select(item => new EconomicLine(item.Code, item.Name, amounts.GetValueOrDefault(item.Code, Money.Zero)))
            .ToList();
    }

    private static decimal Maybe(Randomizer random, float chance, int heads, decimal min, decimal max) =>
        random.Bool(chance) ? Money.PerHead(random, heads, min, max) : Money.Zero;
}
