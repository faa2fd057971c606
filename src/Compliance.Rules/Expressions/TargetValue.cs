using System.Globalization;

namespace Compliance.Rules.Expressions;

/// <summary>
/// A performance target or actual as printed ("≥95%", "≤30 天", "12 个", "=100%") read as a comparison and a
/// number, so a rule can tell whether an actual meets its target. Qualitative values ("按时完成", "良好") have no number.
/// </summary>
internal readonly record struct TargetValue(string Op, decimal Number)
{
    public static TargetValue? Parse(string? text)
    {
        // Without a digit there is no number to read ("按时完成", "良好"): skip the normalising and the regex.
        if (string.IsNullOrWhiteSpace(text) || !text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        // Read as the pattern "^\s*(op)?\s*(\d+(\.\d+)?)" would, by hand: this runs for every indicator of every
        // check, and a regex match allocated its groups each time.
        var rest = Normalize(text).AsSpan().TrimStart();
        var op = "=";
        foreach (var (printed, canonical) in StartsWithDigit(rest) ? [] : Operators)
        {
            if (rest.StartsWith(printed, StringComparison.Ordinal) && StartsWithDigit(rest[printed.Length..].TrimStart()))
            {
                op = canonical;
                rest = rest[printed.Length..].TrimStart();
                break;
            }
        }

        var digits = Digits(rest);
        if (digits == 0)
        {
            return null;
        }

        if (digits < rest.Length - 1 && rest[digits] == '.' && Digits(rest[(digits + 1)..]) is > 0 and var fraction)
        {
            digits += 1 + fraction;
        }

        return ParseNumber(rest[..digits]) is { } n ? new TargetValue(op, n) : null;
    }

    // decimal.TryParse of digits with at most one point, by hand for the ASCII digits of an ordinary target (the
    // parse ran several times per indicator): the same value and scale, "95.50" is 9550 at scale 2.
    private static decimal? ParseNumber(ReadOnlySpan<char> s)
    {
        ulong value = 0;
        var scale = -1;
        var count = 0;
        foreach (var c in s)
        {
            if (c == '.')
            {
                scale = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c) || ++count > 18)
            {
                return decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
            }

            value = (value * 10) + (uint)(c - '0');
            scale += scale >= 0 ? 1 : 0;
        }

        return new decimal((int)(uint)value, (int)(uint)(value >> 32), 0, false, (byte)Math.Max(scale, 0));
    }

    // In the order the printed forms must be tried: a longer form before the shorter one it starts with.
    private static readonly (string Printed, string Canonical)[] Operators =
    [
        ("≥", "≥"), (">=", "≥"), ("≤", "≤"), ("<=", "≤"), (">", ">"), ("<", "<"), ("=", "="),
        ("不低于", "≥"), ("不少于", "≥"), ("大于等于", "≥"), ("不高于", "≤"), ("不超过", "≤"), ("小于等于", "≤"), ("低于", "≤"),
        ("大于", ">"), ("高于", ">"), ("超过", ">"), ("小于", "<"),
    ];

    private static bool StartsWithDigit(ReadOnlySpan<char> s) => s.Length > 0 && char.IsDigit(s[0]);

    private static int Digits(ReadOnlySpan<char> s)
    {
        var n = 0;
        while (n < s.Length && char.IsDigit(s[n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>Whether <paramref name="actual"/> meets this target; a bare actual is compared by its number.</summary>
    public bool IsMetBy(TargetValue actual) => Op switch
    {
        "≥" => actual.Number >= Number,
        "≤" => actual.Number <= Number,
        ">" => actual.Number > Number,
        "<" => actual.Number < Number,
        _ => actual.Number == Number,
    };

    private static string Normalize(string text) => text.AsSpan().IndexOfAny(NeedsNormalizing) < 0 ? text : text
        .Replace("\\geq", "≥", StringComparison.Ordinal).Replace("\\leq", "≤", StringComparison.Ordinal)
        .Replace("$", "", StringComparison.Ordinal).Replace("\\%", "%", StringComparison.Ordinal)
        .Replace("＞", ">", StringComparison.Ordinal).Replace("＜", "<", StringComparison.Ordinal)
        .Replace("＝", "=", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);

    // The first characters of everything Normalize replaces; most printed values contain none of them.
    private static readonly System.Buffers.SearchValues<char> NeedsNormalizing = System.Buffers.SearchValues.Create("\\$＞＜＝，,");
}
