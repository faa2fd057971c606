using Compliance.Rules.Findings;

namespace Compliance.Reports.Digest;

/// <summary>
/// Execution rates (预算执行率) as the digest sees them. Only findings carry rates, so a department's rate is the
/// computed value (执行数 ÷ 预算数 × 100) of its open execution-rate findings on 绩效自评表 items, the one farthest
/// from 100; a department without such a finding had every item between 90 % and 100 % (or stated none) and is
/// counted in the 90–100 band. Three-public (三公) over-budget findings are amounts, not item rates, and are left out.
/// </summary>
internal static class ExecutionRates
{
    /// <summary>Rules whose computed value is an item's execution rate in percent.</summary>
    private static readonly HashSet<string> RateRules = new(StringComparer.Ordinal)
    {
        "execution-rate.self-evaluation.stated-rate",
        "execution-rate.self-evaluation.very-low",
        "execution-rate.self-evaluation.low",
        "execution-rate.self-evaluation.over-budget",
    };

    public static readonly IReadOnlyList<string> BandKeys = ["below-60", "60-90", "90-100", "above-100"];

    public static decimal? Of(IEnumerable<DigestFinding> findings) =>
        findings.Where(f => RateRules.Contains(f.Finding.RuleId) && f.Finding.Computed is not null)
            .Select(f => f.Finding.Computed!.Value)
            .OrderByDescending(r => Math.Abs(r - 100m))
            .Cast<decimal?>()
            .FirstOrDefault();

    public static List<RateBand> Bands(IEnumerable<DepartmentStanding> departments)
    {
        var counts = departments.GroupBy(d => Band(d.ExecutionRate)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return BandKeys.Select(k => new RateBand(k, counts.GetValueOrDefault(k))).ToList();
    }

    private static string Band(decimal? rate) => rate switch
    {
        null => "90-100",
        < 60m => "below-60",
        < 90m => "60-90",
        > 100m => "above-100",
        _ => "90-100",
    };
}
