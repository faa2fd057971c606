using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Documents.Text;

/// <summary>
/// Cleans one line of extracted text so later stages see ASCII digits and whole numbers:
/// full-width forms, HTML and TeX fragments, broken decimals ("604. 4") and thousand separators.
/// Tabs and the spacing that aligns columns are kept, because they carry the table structure.
/// </summary>
internal static partial class LineNormalizer
{
    public static string Normalize(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var s = line.TrimEnd('\r', '\f');
        if (s.Contains('<', StringComparison.Ordinal))
        {
            s = HtmlInput().Replace(s, "");
            s = HtmlTag().Replace(s, " ");
        }

        if (s.Contains('$', StringComparison.Ordinal) || s.Contains('\\', StringComparison.Ordinal))
        {
            s = s.Replace("\\geq", "≥", StringComparison.Ordinal).Replace("\\leq", "≤", StringComparison.Ordinal)
                .Replace("\\%", "%", StringComparison.Ordinal).Replace("$", "", StringComparison.Ordinal);
        }

        s = s.Replace("&nbsp;", " ", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal);
        s = FullWidthToAscii(s);

        // Every line comes through here and most hold neither ". " nor ",": skip the regex scans they need.
        if (s.Contains(". ", StringComparison.Ordinal))
        {
            s = BrokenDecimal().Replace(s, "$1.$2");
        }

        if (HasDigitsAround(s, '，'))
        {
            s = FullWidthThousands().Replace(s, ",");
        }

        if (!s.Contains(',', StringComparison.Ordinal))
        {
            return s;
        }

        // Space-aligned layouts place columns by position: pad where commas go so right edges stay put.
        var aligned = !s.Contains('\t', StringComparison.Ordinal);
        return Thousands().Replace(s, m =>
        {
            var plain = m.Value.Replace(",", "", StringComparison.Ordinal);
            return aligned ? new string(' ', m.Value.Length - plain.Length) + plain : plain;
        });
    }

    // Prose is full of "，"; only one between two digits can be a thousand separator.
    private static bool HasDigitsAround(string s, char separator)
    {
        for (var i = s.IndexOf(separator, StringComparison.Ordinal); i >= 0; i = s.IndexOf(separator, i + 1))
        {
            if (i > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static string FullWidthToAscii(string s)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var mapped = c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '％' => '%',
                '　' => ' ',
                '－' => '-',
                '＋' => '+',
                '\u00A0' => ' ',
                _ => c,
            };
            if (mapped != c)
            {
                sb ??= new StringBuilder(s, 0, i, s.Length);
            }

            sb?.Append(mapped);
        }

        return sb?.ToString() ?? s;
    }

    // "604. 4" (a PDF break inside a number) but not "1. 一般" (list numbering before text).
    [GeneratedRegex(@"(?<![\d.])(\d+)\. (\d{1,2})(?![\d.])")]
    private static partial Regex BrokenDecimal();

    [GeneratedRegex(@"(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")]
    private static partial Regex Thousands();

    // "1，200.5": a full-width comma between digit groups is a thousand separator, elsewhere punctuation.
    [GeneratedRegex(@"(?<=(?<![\d.])\d{1,3})，(?=\d{3}(?!\d))")]
    private static partial Regex FullWidthThousands();

    [GeneratedRegex(@"<input[^>]*checked[^>]*>")]
    private static partial Regex HtmlInput();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();
}
