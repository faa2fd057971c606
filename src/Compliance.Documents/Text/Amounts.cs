using System.Globalization;

namespace Compliance.Documents.Text;

/// <summary>Reads printed amounts, keeping their printed precision in the decimal's scale.</summary>
internal static class Amounts
{
    public static bool TryParse(string text, out decimal value) => TryParse(text.AsSpan(), out value);

    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var s = text.Trim();
        if (s.Length == 0 || s.Length > 24)
        {
            return false;
        }

        var negative = false;
        if (s[0] is '-' or '－' && s.Length > 1)
        {
            negative = true;
            s = s[1..];
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) && c is not '.' and not ',')
            {
                return false;
            }
        }

        if (!char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        // Every cell of every table line is asked, so the common comma-free case parses without a copy.
        var parsed = s.Contains(',')
            ? decimal.TryParse(s.ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            : decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        if (!parsed)
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    public static decimal? Parse(string text) => TryParse(text, out var v) ? v : null;

    /// <summary>A percentage such as "71.52%"; null otherwise.</summary>
    public static decimal? Percent(string text)
    {
        var s = text.Trim();
        return s.EndsWith('%') && TryParse(s[..^1], out var v) ? v : null;
    }
}
