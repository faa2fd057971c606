using Bogus;
using Compliance.Documents.Model;
using static Compliance.Cli.Generation.Faults.DocumentEdits;
using static System.FormattableString;

namespace Compliance.Cli.Generation.Faults;

/// <summary>
/// Narrative faults: a claimed amount or share that disagrees with the tables, and a change whose growth rate
/// disagrees with itself. Subjects are those <see cref="NarrativeFaker"/> emits, so the narrative rules can find the table figure.
/// </summary>
internal static class NarrativeFaults
{
    private const string Category = FaultCategories.Narrative;

    public static IReadOnlyList<Fault> All { get; } =
    [
        new(Category, "amount-differs", Category, "情况说明中的金额与表中数不一致",
            d => d.Claims.Any(c => c.Kind == ClaimKind.Amount),
            (d, random) =>
            {
                var claim = Pick(random, d.Claims.Where(c => c.Kind == ClaimKind.Amount));
                var delta = Delta(random);
                var value = claim.Value > delta + 1m && random.Bool() ? claim.Value - delta : claim.Value + delta;
                return new FaultOutcome(ReplaceClaim(d, claim, WithValue(claim, value)),
                    Invariant($"“{claim.Subject}”金额 {claim.Value} → {value} 万元"));
            }),

        new(Category, "share-differs", Category, "情况说明中的占比与表中数计算不符",
            d => d.Claims.Any(c => c.Kind == ClaimKind.Share),
            (d, random) =>
            {
                var claim = Pick(random, d.Claims.Where(c => c.Kind == ClaimKind.Share));
                var delta = Money.Between(random, 2.00m, 10.00m);
                var value = claim.Value + delta <= 100m ? claim.Value + delta : claim.Value - delta;
                return new FaultOutcome(ReplaceClaim(d, claim, WithValue(claim, value)),
                    Invariant($"“{claim.Subject}”占{claim.Basis} {claim.Value}% → {value}%"));
            }),

        new(Category, "growth-disagrees-with-change", Category, "情况说明中的增长率与增加额自相矛盾",
            d => d.Claims.Any(IsSpendingTotal),
            GrowthDisagrees),
    ];

    private static bool IsSpendingTotal(Claim c) => c.Kind == ClaimKind.Amount && c.Subject == "本年支出合计" && c.Value > 10m;

    /// <summary>
    /// States an increase over last year and a growth rate at least 5 points off change ÷ (this year − change):
    /// the two numbers cannot both be right whatever last year's figure was.
    /// </summary>
    private static FaultOutcome GrowthDisagrees(Document d, Randomizer random)
    {
        var anchor = d.Claims.First(IsSpendingTotal);
        var change = Money.Share(random, anchor.Value, 5m, 30m);
        var growth = Money.Percent(change, anchor.Value - change);
        var stated = Math.Round(growth + Money.Between(random, 5.00m, 15.00m), 1);
        var subject = anchor.Subject;
        Claim[] added =
        [
            new() { Kind = ClaimKind.Change, Subject = subject, Value = change, Basis = "上年", Excerpt = Invariant($"比上年增加 {change} 万元") },
            new() { Kind = ClaimKind.Growth, Subject = subject, Value = stated, Basis = "上年", Excerpt = Invariant($"增长 {stated}%") },
        ];
        return new FaultOutcome(InsertClaimsAfter(d, anchor, added),
            Invariant($"新增说明：{subject}比上年增加 {change} 万元，增长 {stated}%（按增加额应为 {growth}%）"));
    }
}
