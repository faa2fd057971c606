using System.Globalization;

namespace Compliance.Reports.Rendering;

/// <summary>
/// How numbers and dates are printed. Digits are always invariant (ASCII, <c>,</c> groups, <c>.</c> decimals) whatever
/// the report language, and a figure keeps the precision it was printed with: 35.70 stays 35.70.
/// </summary>
internal static class Formats
{
    public static string Number(decimal? value) =>
        value is { } v ? v.ToString("N" + v.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "";

    /// <summary>Stated − computed with an explicit sign, at the finer precision of the two.</summary>
    public static string Difference(decimal? stated, decimal? computed)
    {
        if (stated is not { } s || computed is not { } c)
        {
            return "";
        }

        var d = s - c;
        var scale = Math.Max(s.Scale, c.Scale).ToString(CultureInfo.InvariantCulture);
        var text = Math.Abs(d).ToString("N" + scale, CultureInfo.InvariantCulture);
        return d > 0 ? "+" + text : d < 0 ? "−" + text : text;
    }

    /// <summary>An instant in Beijing time with the label table's pattern and the report culture's month names.</summary>
    public static string Date(DateTimeOffset instant, string pattern, CultureInfo culture) =>
        instant.ToOffset(Digest.IsoWeek.Offset).ToString(pattern, culture);

    /// <summary>The first 12 hex digits of a <c>sha256:…</c> version: enough to tell versions apart on paper.</summary>
    public static string ShortVersion(string? version)
    {
        if (string.IsNullOrEmpty(version))
        {
            return "";
        }

        var hex = version.StartsWith("sha256:", StringComparison.Ordinal) ? version[7..] : version;
        return hex.Length > 12 ? hex[..12] : hex;
    }
}
