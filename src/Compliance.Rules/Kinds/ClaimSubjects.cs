using System.Collections.Concurrent;
using Compliance.Documents.Catalogue;

namespace Compliance.Rules.Kinds;

/// <summary>
/// Maps the subject of a narrative claim ("财政拨款收入", "2020 年度一般公共服务支出") to the operand that
/// holds the same figure in the tables. Subjects are compared after normalisation; when none matches
/// exactly the longest key the subject ends with wins, so "2020 年度收入合计" finds "收入合计".
/// Functional class names (一般公共服务支出 …) resolve through a template such as <c>summary[@{code}].amount</c>.
/// </summary>
internal sealed class ClaimSubjects(IReadOnlyDictionary<string, Operand> map, IReadOnlyDictionary<string, Operand> classes)
{
    private readonly List<KeyValuePair<string, Operand>> byLength =
        [.. map.Select(p => KeyValuePair.Create(Normalize(p.Key), p.Value)).OrderByDescending(p => p.Key.Length)];

    // Subjects repeat from document to document (财政拨款收入, 一般公共服务支出 …): each is matched once per loaded
    // rule, not once per claim per check. Bounded, so a stream of never-repeating text cannot grow it.
    private const int MaxRemembered = 4096;
    private readonly ConcurrentDictionary<string, Operand?> remembered = new(StringComparer.Ordinal);
    private int rememberedCount;

    public bool IsEmpty => map.Count == 0 && classes.Count == 0;

    public Operand? Find(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        if (remembered.TryGetValue(subject, out var known))
        {
            return known;
        }

        var operand = Match(Normalize(subject));
        if (Volatile.Read(ref rememberedCount) < MaxRemembered && remembered.TryAdd(subject, operand))
        {
            Interlocked.Increment(ref rememberedCount);
        }

        return operand;
    }

    private Operand? Match(string s)
    {
        foreach (var (key, operand) in byLength)
        {
            if (s == key)
            {
                return operand;
            }
        }

        foreach (var (key, operand) in byLength)
        {
            if (s.EndsWith(key, StringComparison.Ordinal))
            {
                return operand;
            }
        }

        return FunctionalClasses.CodeOf(s) is { } code && classes.TryGetValue(code, out var c) ? c : null;
    }

    public static string Normalize(string text)
    {
        // Runs for every claim of every document: a span copy, not a LINQ pipeline.
        Span<char> kept = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '‘' or '’' or '：' or ':' or '、'))
            {
                kept[n++] = c;
            }
        }

        var s = new string(kept[..n]);
        // A leading year ("2020年度", "2020年") says when, not what.
        var year = s.IndexOf('年', StringComparison.Ordinal);
        if (year is 4 && s[..4].All(char.IsAsciiDigit))
        {
            s = s[(s.Length > 5 && s[5] == '度' ? 6 : 5)..];
        }

        return s.StartsWith("其中", StringComparison.Ordinal) ? s[2..] : s;
    }
}
