using System.Globalization;
using System.Text.RegularExpressions;

namespace Compliance.Rules.Expressions;

/// <summary>
/// A performance target or actual as printed ("≥95%", "≤30 天", "12 个", "=100%") read as a comparison and a
/// number, so a rule can tell whether an actual meets its target. Qualitative values ("按时完成", "良好") have no number.
/// </summary>
internal sealed partial record TargetValue(string Op, decimal Number)
{
    public static TargetValue? Parse(string? text)
    {
        // Without a digit there is no number to read ("按时完成", "良好"): skip the normalising and the regex.
        if (string.IsNullOrWhiteSpace(text) || !text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var m = Pattern().Match(Normalize(text));
        if (!m.Success || !decimal.TryParse(m.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        var op = m.Groups["op"].Value switch
        {
            "≥" or ">=" or "不低于" or "不少于" or "大于等于" => "≥",
            "≤" or "<=" or "不高于" or "不超过" or "小于等于" or "低于" => "≤",
            ">" or "大于" or "高于" or "超过" => ">",
            "<" or "小于" => "<",
            _ => "=",
        };
        return new TargetValue(op, n);
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

    [GeneratedRegex(@"^\s*(?<op>≥|>=|≤|<=|>|<|=|不低于|不少于|大于等于|不高于|不超过|小于等于|低于|大于|高于|超过|小于)?\s*(?<n>\d+(\.\d+)?)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
