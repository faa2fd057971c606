using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// Reads numeric statements from narrative lines: amounts (… 万元), shares (占 x%), changes
/// (增加/减少 y 万元), growth (增长/下降 z%) and execution rates (完成年初预算的 w%).
/// </summary>
internal static partial class ClaimExtractor
{
    public static IEnumerable<Claim> Extract(SourceLine line)
    {
        var text = line.Text.Replace('\t', ' ').Trim();
        if (text.Length == 0 || !text.Any(char.IsAsciiDigit))
        {
            yield break;
        }

        foreach (var clause in Clause().Split(text))
        {
            if (!clause.Any(char.IsAsciiDigit))
            {
                continue;
            }

            var taken = new List<(int Start, int End)>();
            foreach (Match m in Rate().Matches(clause))
            {
                taken.Add((m.Index, m.Index + m.Length));
                yield return Make(ClaimKind.ExecutionRate, clause, m.Index, m.Groups["v"].Value, m.Groups["basis"].Value, line, 1);
            }

            foreach (Match m in Change().Matches(clause))
            {
                taken.Add((m.Index, m.Index + m.Length));
                var sign = m.Groups["dir"].Value is "减少" or "下降" or "降低" ? -1 : 1;
                var kind = m.Groups["pct"].Success ? ClaimKind.Growth : ClaimKind.Change;
                yield return Make(kind, clause, m.Index, m.Groups["v"].Value, null, line, sign);
            }

            foreach (Match m in Share().Matches(clause))
            {
                if (Overlaps(taken, m.Index))
                {
                    continue;
                }

                taken.Add((m.Index, m.Index + m.Length));
                yield return Make(ClaimKind.Share, clause, m.Index, m.Groups["v"].Value, m.Groups["basis"].Value.TrimEnd('的'), line, 1);
            }

            foreach (Match m in AmountPattern().Matches(clause))
            {
                if (Overlaps(taken, m.Index))
                {
                    continue;
                }

                yield return Make(ClaimKind.Amount, clause, m.Index, m.Groups["v"].Value, null, line, 1);
            }
        }
    }

    private static bool Overlaps(List<(int Start, int End)> taken, int at) => taken.Any(t => at >= t.Start && at < t.End);

    private static Claim Make(ClaimKind kind, string clause, int at, string number, string? basis, SourceLine line, int sign)
    {
        var value = decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new Claim
        {
            Kind = kind,
            Subject = SubjectBefore(clause, at),
            Value = sign < 0 ? -value : value,
            Basis = string.IsNullOrWhiteSpace(basis) ? null : basis.Trim(),
            Line = line.Number,
            Excerpt = clause.Trim(),
        };
    }

    private static string SubjectBefore(string clause, int at)
    {
        var before = clause[..at];
        var cut = before.LastIndexOfAny(['，', ',', '：', ':', '、', '；']);
        var subject = (cut >= 0 ? before[(cut + 1)..] : before).Trim();
        subject = Filler().Replace(subject, "").Trim();
        return subject.Length > 40 ? subject[^40..] : subject;
    }

    [GeneratedRegex(@"[。；;]|(?<=[^\d])，(?=(其中|占|比|与|较|增|减|下降|完成|主要))")]
    private static partial Regex Clause();

    [GeneratedRegex(@"完成(?<basis>年初预算|调整预算|全年预算|预算)的?\s*(?<v>\d+(\.\d+)?)\s*%")]
    private static partial Regex Rate();

    [GeneratedRegex(@"(?<dir>增加|减少|增长|下降|降低)\s*(?<v>\d+(\.\d+)?)\s*(?:(?<pct>%)|万元|元)")]
    private static partial Regex Change();

    [GeneratedRegex(@"占(?<basis>[^\d，。；%]{0,20}?)\s*(?<v>\d+(\.\d+)?)\s*%")]
    private static partial Regex Share();

    [GeneratedRegex(@"(?<![\d.])(?<v>\d+(\.\d+)?)\s*万元")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(为|是|共计|合计|达|总额|决算|预算数?)$")]
    private static partial Regex Filler();
}
