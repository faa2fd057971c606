using System.Text;

namespace Compliance.Documents.Text;

/// <summary>Comparison keys for printed names: no ordinal prefix, spaces, brackets or quotes.</summary>
internal static class Names
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The key of a catalogue name, computed once.</summary>
    public static string CachedKey(string name) => Cache.GetOrAdd(name, Key);

    public static string Key(string printed)
    {
        var s = StripOrdinal(printed.Trim());

        // Keys are taken of most cells, several times over, and most have nothing to drop: those need no copy.
        var first = 0;
        while (first < s.Length && !Dropped(s[first]))
        {
            first++;
        }

        if (first == s.Length)
        {
            return s;
        }

        var sb = new StringBuilder(s, 0, first, s.Length);
        foreach (var c in s.AsSpan(first))
        {
            if (!Dropped(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool Dropped(char c) =>
        char.IsWhiteSpace(c) || c is '(' or ')' or '（' or '）' or '“' or '”' or '"' or '\'' or '‘' or '’' or ':' or '：' or '*';

    /// <summary>Removes "一、", "（一）", "(1)", "1.", "其中：" and similar prefixes.</summary>
    public static string StripOrdinal(string s)
    {
        var t = s.TrimStart();
        for (var pass = 0; pass < 2; pass++)
        {
            if (t.StartsWith("其中", StringComparison.Ordinal))
            {
                t = t[2..].TrimStart(':', '：', ' ', ',', '，');
            }

            // An ordinal is at most four characters, so only the head of a (possibly long) line is searched.
            var head = t.AsSpan(0, Math.Min(t.Length, 6));
            if (head.Length > 1 && head[0] is '(' or '（')
            {
                var close = head.IndexOfAny(')', '）');
                if (close is > 0 and <= 4 && IsOrdinal(head[1..close]))
                {
                    t = t[(close + 1)..].TrimStart();
                    continue;
                }
            }

            var cut = head.IndexOfAny('、', '.', '．');
            if (cut is > 0 and <= 4 && IsOrdinal(head[..cut].Trim()))
            {
                t = t[(cut + 1)..].TrimStart();
            }
        }

        return t;
    }

    private static bool IsOrdinal(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) && "一二三四五六七八九十".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
