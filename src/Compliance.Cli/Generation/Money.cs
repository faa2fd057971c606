using System.Globalization;
using Bogus;

namespace Compliance.Cli.Generation;

/// <summary>
/// Amounts in 万元 with exactly two decimals. Every amount is drawn as whole cents and every total is
/// a sum of such amounts, so totals are exact and keep scale 2 (917.00 prints as 917.00, not 917).
/// </summary>
internal static class Money
{
    /// <summary>Zero with scale 2, the seed of every sum so an empty sum still prints 0.00.</summary>
    public const decimal Zero = 0.00m;

    public static decimal FromCents(long cents) => cents * 0.01m;

    public static long ToCents(decimal amount) => (long)(amount * 100m);

    /// <summary>A uniformly drawn amount in [min, max].</summary>
    public static decimal Between(Randomizer random, decimal min, decimal max) =>
        FromCents(random.Long(ToCents(min), ToCents(max)));

    /// <summary>Per-head amount: headcount × a rate drawn in [min, max] 万元.</summary>
    public static decimal PerHead(Randomizer random, int heads, decimal min, decimal max) =>
        heads == 0 ? Zero : Between(random, min * heads, max * heads);

    /// <summary>A share of an amount drawn in [minPercent, maxPercent] %, rounded to cents.</summary>
    public static decimal Share(Randomizer random, decimal amount, decimal minPercent, decimal maxPercent)
    {
        // Basis points keep the draw integral, so no binary floating point enters an amount.
        var basisPoints = random.Long((long)(minPercent * 100m), (long)(maxPercent * 100m));
        return Round2(amount * basisPoints / 10000m);
    }

    /// <summary>Rounds half away from zero to exactly two decimals (the scale is forced to 2).</summary>
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + Zero;

    /// <summary>part / whole in percent, rounded to two decimals as a printed share would be.</summary>
    public static decimal Percent(decimal part, decimal whole) => whole == 0m ? Zero : Round2(part * 100m / whole);

    /// <summary>A blank cell for a zero leaf: disclosures leave zero items empty.</summary>
    public static decimal? Blank(decimal amount) => amount == 0m ? null : amount;

    public static decimal Sum(IEnumerable<decimal> amounts) => amounts.Aggregate(Zero, (sum, a) => sum + a);

    /// <summary>Sum of cells where a blank counts as 0; blank when every cell is blank.</summary>
    public static decimal? SumOrBlank(IEnumerable<decimal?> cells)
    {
        decimal? sum = null;
        foreach (var cell in cells)
        {
            if (cell is { } value)
            {
                sum = (sum ?? Zero) + value;
            }
        }

        return sum;
    }

    /// <summary>Splits an amount into <paramref name="parts"/> positive amounts that add up to it exactly.</summary>
    public static IReadOnlyList<decimal> Split(Randomizer random, decimal amount, int parts)
    {
        var cents = ToCents(amount);
        parts = (int)Math.Clamp(parts, 1, Math.Max(1, cents));
        var cuts = new SortedSet<long>();
        while (cuts.Count < parts - 1)
        {
            cuts.Add(random.Long(1, cents - 1));
        }

        var result = new List<decimal>(parts);
        var previous = 0L;
        foreach (var cut in cuts.Append(cents))
        {
            result.Add(FromCents(cut - previous));
            previous = cut;
        }

        return result;
    }

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
