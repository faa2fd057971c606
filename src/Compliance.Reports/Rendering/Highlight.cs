using System.Globalization;

namespace Compliance.Reports.Rendering;

/// <summary>Marks the stated figure inside an excerpt so the reader sees at once which number is wrong.</summary>
internal static class Highlight
{
    /// <summary>The escaped excerpt with the first standalone occurrence of the stated figure wrapped in the flavour's mark.</summary>
    public static string Excerpt(string? excerpt, decimal? stated, Flavour flavour)
    {
        if (string.IsNullOrEmpty(excerpt))
        {
            return "";
        }

        if (stated is { } s && Find(excerpt, s) is var (start, length))
        {
            return flavour.Escape(excerpt[..start])
                + flavour.MarkOpen + flavour.Escape(excerpt.Substring(start, length)) + flavour.MarkClose
                + flavour.Escape(excerpt[(start + length)..]);
        }

        return flavour.Escape(excerpt);
    }

    /// <summary>
    /// The figure as printed plain (186.45) or grouped (1,864.45), not inside a longer number: "30" must not match
    /// the "20" of "2020" nor the "30" of "130".
    /// </summary>
    internal static (int Start, int Length)? Find(string text, decimal value)
    {
        var forms = new[] { value.ToString(CultureInfo.InvariantCulture), Formats.Number(value) }.Distinct(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + 1, StringComparison.Ordinal))
            {
                var end = i + form.Length;
                var before = i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '.' or ',' or '-');
                var after = end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));
                if (!before && !after)
                {
                    return (i, form.Length);
                }
            }
        }

        return null;
    }
}
