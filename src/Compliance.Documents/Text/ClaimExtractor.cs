using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// Reads numeric statements from narrative paragraphs: amounts (… 万元), shares (占 x%), changes
/// (增加/减少 y 万元), growth (增长/下降 z%) and execution rates (完成年初预算的 w%). A statement without a
/// subject of its own takes the subject of the amount it follows in the sentence; budget stages share the
/// sentence's or the item heading's topic; changes carry the year or budget they compare with.
/// </summary>
internal static partial class ClaimExtractor
{
    public static List<Claim> Extract(IReadOnlyList<SourceLine> narrative, string department)
    {
        var claims = new List<Claim>();
        string? topic = null;
        foreach (var paragraph in ClaimParagraphs.Build(narrative))
        {
            // An item heading ("2、一般公共服务支出（类）…（项）。主要用于：") names the topic of the paragraphs under it.
            if (ClaimParagraphs.StartsItem(paragraph.Text))
            {
                topic = ClaimSubjects.Topic(paragraph.Text);
            }

            if (paragraph.Text.AsSpan().ContainsAnyInRange('0', '9'))
            {
                Read(paragraph, department, topic, claims);
            }
        }

        return [.. claims.DistinctBy(c => (c.Kind, c.Subject, c.Value, c.Basis, c.Line))];
    }

    private static void Read(Paragraph paragraph, string department, string? heading, List<Claim> claims)
    {
        // "收、支总计" is one subject, not a list.
        var text = paragraph.Text.Replace("收、支", "收支", StringComparison.Ordinal);
        var shift = paragraph.Text.Length - text.Length;
        var offset = 0;
        var procurement = false;
        string? previousSubject = null;
        foreach (var sentence in text.Split('。'))
        {
            // "…总预算 1286.74 万元。比 2019年预算增加 1286.74 万元": a sentence opening with its comparison
            // continues the subject of the sentence before.
            var continues = sentence.TrimStart() is { Length: > 0 } head && head[0] is '比' or '较';
            var state = new SentenceState(heading, Compared(sentence), procurement, continues ? previousSubject : null);
            var at = 0;
            foreach (var clause in Clause().Split(sentence))
            {
                var start = sentence.IndexOf(clause, at, StringComparison.Ordinal);
                at = start + clause.Length;
                var position = offset + start;
                if (clause.AsSpan().ContainsAnyInRange('0', '9'))
                {
                    var line = paragraph.LineAt[Math.Clamp(position + (position > 0 ? shift : 0), 0, paragraph.LineAt.Length - 1)];
                    Clause(clause, line, department, state, claims);
                }
            }

            offset += sentence.Length + 1;
            procurement = state.Procurement;
            previousSubject = state.LastSubject;
        }
    }

    private static void Clause(string clause, int line, string department, SentenceState state, List<Claim> claims)
    {
        var matches = new List<(int At, int End, ClaimKind Kind, Match Match)>();
        foreach (Match m in Rate().Matches(clause))
        {
            matches.Add((m.Index, m.Index + m.Length, ClaimKind.ExecutionRate, m));
        }

        foreach (Match m in Change().Matches(clause))
        {
            matches.Add((m.Index, m.Index + m.Length, m.Groups["pct"].Success ? ClaimKind.Growth : ClaimKind.Change, m));
        }

        foreach (Match m in Share().Matches(clause).Where(m => !matches.Any(t => m.Index >= t.At && m.Index < t.End)))
        {
            matches.Add((m.Index, m.Index + m.Length, ClaimKind.Share, m));
        }

        foreach (Match m in AmountPattern().Matches(clause).Where(m => !matches.Any(t => m.Index >= t.At && m.Index < t.End)))
        {
            matches.Add((m.Index, m.Index + m.Length, ClaimKind.Amount, m));
        }

        // No two statements start at one place (their patterns open differently; shares and amounts inside another are
        // dropped above), so an unstable sort orders them as a stable one would.
        matches.Sort((a, b) => a.At.CompareTo(b.At));
        var previousEnd = 0;
        foreach (var (at, end, kind, m) in matches)
        {
            // The subject is what the clause says between the previous statement and this one.
            var own = ClaimSubjects.Normalize(SubjectBefore(clause[previousEnd..at]), department);
            previousEnd = end;
            if (!decimal.TryParse(m.Groups["v"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                // Beyond decimal's range: no table figure can agree with it, so it is no claim to check.
                continue;
            }

            if (m.Groups["dir"].Value is "减少" or "下降" or "降低")
            {
                value = -value;
            }

            var (subject, basis) = kind switch
            {
                ClaimKind.Amount => state.Amount(own),
                ClaimKind.Share => state.Share(own, ClaimSubjects.Normalize(m.Groups["basis"].Value.TrimEnd('的'), department)),
                ClaimKind.ExecutionRate => state.Rate(own, Stage(m.Groups["basis"].Value)),
                _ => state.Change(own, kind),
            };
            claims.Add(new Claim { Kind = kind, Subject = subject, Value = value, Basis = basis, Line = line, Excerpt = clause.Trim() });
        }
    }

    private static string Stage(string printed) => printed switch
    {
        "年初预算" => "年初预算",
        "调整预算" or "调整后预算" => "调整预算",
        "全年预算" => "全年预算",
        _ => "预算",
    };

    private static readonly SearchValues<char> SubjectBreaks = SearchValues.Create("，,：:、；");

    private static string SubjectBefore(string before)
    {
        var cut = before.AsSpan().LastIndexOfAny(SubjectBreaks);
        return (cut >= 0 ? before[(cut + 1)..] : before).Trim();
    }

    /// <summary>The year a sentence compares with ("与 2019 年度相比", "比 2023 年度") as "2019年度".</summary>
    private static string? Compared(string sentence)
    {
        var m = ComparedYear().Match(sentence);
        return m.Success ? m.Groups["y"].Value + "年度" : null;
    }

    // A sentence ends at 。 (split above); its "；" parts share what was said before ("其中基本支出 …，占 34.3%；项目支出 …，占 65.7%").
    [GeneratedRegex(@"[；;]|(?<=[^\d])[，,](?=\s*(其中|占|比|与|较|增|减|下降|完成|主要))")]
    private static partial Regex Clause();

    [GeneratedRegex(@"完成(?<basis>年初预算|调整后预算|调整预算|全年预算|预算)的?\s*(?<v>\d+(\.\d+)?)\s*%")]
    private static partial Regex Rate();

    [GeneratedRegex(@"(?<dir>增加|减少|增长|下降|降低)\s*(?<v>\d+(\.\d+)?)\s*(?:(?<pct>%)|万元|元)")]
    private static partial Regex Change();

    [GeneratedRegex(@"占(?<basis>[^\d，。；%]{0,20}?)\s*(?<v>\d+(\.\d+)?)\s*%")]
    private static partial Regex Share();

    [GeneratedRegex(@"(?<![\d.])(?<v>\d+(\.\d+)?)\s*万元")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(与|比|较)\s*(?<y>20\d{2})\s*年")]
    private static partial Regex ComparedYear();
}
