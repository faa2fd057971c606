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
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '（' or '）' or '“' or '”' or '"' or '\'' or '‘' or '’' or ':' or '：' or '*')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

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

            if (t.Length > 1 && t[0] is '(' or '（')
            {
                var close = t.IndexOfAny([')', '）']);
                if (close is > 0 and <= 4 && IsOrdinal(t[1..close]))
                {
                    t = t[(close + 1)..].TrimStart();
                    continue;
                }
            }

            var cut = t.IndexOfAny(['、', '.', '．']);
            if (cut is > 0 and <= 4 && IsOrdinal(t[..cut].Trim()))
            {
                t = t[(cut + 1)..].TrimStart();
            }
        }

        return t;
    }

    private static bool IsOrdinal(string s) =>
        s.Length > 0 && s.All(c => char.IsAsciiDigit(c) || "一二三四五六七八九十".Contains(c, StringComparison.Ordinal));
}
