using System.Globalization;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation.Text;

/// <summary>
/// Writes the 情况说明 from the document's claims, one statement per claim line: an amount and the share that follows
/// it on the same subject become one sentence ("其中：基本支出 477.55 万元，占本年支出 52.08%。"), a change and its
/// growth rate likewise. Amounts reuse the claim's excerpt when it prints the claim's value, so the wording is the generator's.
/// </summary>
internal static class NarrativeText
{
    public static IEnumerable<string> Lines(IReadOnlyList<Claim> claims)
    {
        // Claims that share a line are one printed line: rules that pair a growth rate with its amount look within a line.
        var line = new List<string>();
        int? current = null;
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (current is not null && claim.Line != current && line.Count > 0)
            {
                yield return string.Concat(line);
                line.Clear();
            }

            current = claim.Line;
            var next = i + 1 < claims.Count ? claims[i + 1] : null;
            var text = Statement(claim);
            if (next is not null && next.Subject == claim.Subject && Follows(claim.Kind, next.Kind))
            {
                text += "，" + Continuation(next);
                i++;
            }

            line.Add(text.TrimEnd('。') + "。");
        }

        if (line.Count > 0)
        {
            yield return string.Concat(line);
        }
    }

    private static bool Follows(ClaimKind first, ClaimKind second) =>
        (first == ClaimKind.Amount && second == ClaimKind.Share) || (first == ClaimKind.Change && second == ClaimKind.Growth);

    private static string Statement(Claim c) => c.Kind switch
    {
        ClaimKind.Amount => Prints(c) ? c.Excerpt.TrimEnd('。') : $"{c.Subject} {N(c.Value)} 万元",
        ClaimKind.Share => $"{c.Subject}占{c.Basis} {N(c.Value)}%",
        ClaimKind.Change => $"{c.Subject}比{c.Basis ?? "上年"}{(c.Value < 0 ? "减少" : "增加")} {N(Math.Abs(c.Value))} 万元",
        ClaimKind.Growth => $"{c.Subject}比{c.Basis ?? "上年"}{Continuation(c)}",
        _ => $"{c.Subject}完成{c.Basis ?? "年初预算"}的 {N(c.Value)}%",
    };

    private static string Continuation(Claim c) => c.Kind switch
    {
        ClaimKind.Share => $"占{c.Basis} {N(c.Value)}%",
        ClaimKind.Growth => $"{(c.Value < 0 ? "下降" : "增长")} {N(Math.Abs(c.Value))}%",
        _ => Statement(c),
    };

    private static bool Prints(Claim c) =>
        c.Excerpt.Contains(N(c.Value) + " 万元", StringComparison.Ordinal) && c.Excerpt.IndexOf("万元", StringComparison.Ordinal) == c.Excerpt.LastIndexOf("万元", StringComparison.Ordinal);

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
