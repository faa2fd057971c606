using Compliance.Rules.Kinds;

namespace Compliance.Rules.Tests.Kinds;

public class ClaimSubjectsTests
{
    [Theory]
    [InlineData("2020 年度收入合计", "收入合计")]
    [InlineData("2020年收入合计", "收入合计")]
    [InlineData("其中：财政拨款收入", "财政拨款收入")]
    [InlineData("“三公”经费", "三公经费")]
    [InlineData("收、支总计", "收支总计")]
    public void Normalize_StripsYearQuotesAndPunctuation(string subject, string expected)
    {
        Assert.Equal(expected, ClaimSubjects.Normalize(subject));
    }

    [Fact]
    public void Find_PrefersExactThenLongestSuffix()
    {
        var total = new Operand.FromExpression(null!);
        var fiscal = new Operand.FromExpression(null!);
        var subjects = new ClaimSubjects(
            new Dictionary<string, Operand> { ["收支总计"] = total, ["财政拨款收支总计"] = fiscal },
            new Dictionary<string, Operand>());

        Assert.Same(fiscal, subjects.Find("2020 年度财政拨款收、支总计"));
        Assert.Same(total, subjects.Find("2020 年度收、支总计"));
        Assert.Null(subjects.Find("项目支出主要用于网络传输建设运行维护费"));
        Assert.Null(subjects.Find(""));
    }

    [Fact]
    public void Find_FunctionalClassName_UsesClassOperand()
    {
        var housing = new Operand.FromExpression(null!);
        var subjects = new ClaimSubjects(new Dictionary<string, Operand>(), new Dictionary<string, Operand> { ["221"] = housing });

        Assert.Same(housing, subjects.Find("住房保障支出"));
    }
}
