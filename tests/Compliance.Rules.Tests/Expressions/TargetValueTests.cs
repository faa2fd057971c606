using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Compliance.Rules.Expressions;

namespace Compliance.Rules.Tests.Expressions;

public sealed class TargetValueTests
{
    [Theory]
    [InlineData("≥95%", "≥", "95")]
    [InlineData(" >= 90 %", "≥", "90")]
    [InlineData("不低于 98.5%", "≥", "98.5")]
    [InlineData("大于等于3次", "≥", "3")]
    [InlineData("大于 3 次", ">", "3")]
    [InlineData("小于等于2小时", "≤", "2")]
    [InlineData("低于 5%", "≤", "5")]
    [InlineData("＜10", "<", "10")]
    [InlineData("$\\geq$ 95\\%", "≥", "95")]
    [InlineData("1,200 人", "=", "1200")]
    [InlineData("12 个", "=", "12")]
    [InlineData("13.", "=", "13")]
    [InlineData("0.75", "=", "0.75")]
    [InlineData("12345678901234567890.5 元", "=", "12345678901234567890.5")]
    public void Parse_PrintedTarget_ReadsComparisonAndNumber(string text, string op, string number)
    {
        var value = TargetValue.Parse(text);

        Assert.Equal(new TargetValue(op, decimal.Parse(number, CultureInfo.InvariantCulture)), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("按时完成")]
    [InlineData("完成 3 次")]
    [InlineData("≥ 优良")]
    [InlineData("第3季度")]
    [InlineData("１２个")]
    public void Parse_NoLeadingNumber_IsNotQuantified(string? text)
    {
        Assert.Null(TargetValue.Parse(text));
    }

    /// <summary>
    /// The reader is written by hand for speed; it must read exactly what this pattern (its specification, and
    /// the implementation it replaced) reads, on any text.
    /// </summary>
    [Fact]
    public void Parse_RandomText_AgreesWithSpecificationPattern()
    {
        var pattern = new Regex(@"^\s*(?<op>≥|>=|≤|<=|>|<|=|不低于|不少于|大于等于|不高于|不超过|小于等于|低于|大于|高于|超过|小于)?\s*(?<n>\d+(\.\d+)?)", RegexOptions.CultureInvariant);
        string[] pieces = ["≥", ">", "=", "<", "≤", "不低于", "大于", "等于", "小于等于", "低于", " ", "　", "\t", "1", "0", "9", "45", ".", "..", "%", "次", "个", "万元", "约", ",", "，", "＞", "$", "\\geq", "٣", "５", "-"];
        var random = new Random(8);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 7); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var s = text.ToString();
            var expected = Specification(pattern, s);

            var actual = TargetValue.Parse(s);

            Assert.True(expected == actual, $"“{s}”: expected {expected}, read {actual}");
        }
    }

    private static TargetValue? Specification(Regex pattern, string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var normalized = text.Replace("\\geq", "≥", StringComparison.Ordinal).Replace("\\leq", "≤", StringComparison.Ordinal)
            .Replace("$", "", StringComparison.Ordinal).Replace("\\%", "%", StringComparison.Ordinal)
            .Replace("＞", ">", StringComparison.Ordinal).Replace("＜", "<", StringComparison.Ordinal)
            .Replace("＝", "=", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        var m = pattern.Match(normalized);
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
}
