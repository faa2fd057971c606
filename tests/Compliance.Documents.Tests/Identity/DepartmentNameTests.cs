using Compliance.Documents.Identity;

namespace Compliance.Documents.Tests.Identity;

public class DepartmentNameTests
{
    [Theory]
    [InlineData("武汉市东西湖区大数据中心", "东西湖区大数据中心")]
    [InlineData("武汉市东西湖区大数据中心", "区大数据中心")]
    [InlineData("东西湖区大数据中心", "区大数据中心")]
    [InlineData("武汉市东西湖区大数据中心（本级）", "武汉市东西湖区大数据中心")]
    [InlineData("武汉市东西湖区大数据中心本级", "东西湖区 大数据中心")]
    [InlineData("武汉市东西湖区大数据中心(部门汇总)", "东西湖区大数据中心")]
    [InlineData("武汉市市场监督管理局", "市场监督管理局")]
    [InlineData("湖北省武汉市东西湖区教育局", "武汉市东西湖区教育局")]
    public void Same_SpellingsOfOneDepartment_AreTheSame(string a, string b)
    {
        Assert.True(DepartmentName.Same(a, b), $"{a} ≡ {b}");
        Assert.True(DepartmentName.Same(b, a), $"{b} ≡ {a}");
    }

    [Theory]
    [InlineData("武汉市教育局", "东西湖区教育局")]
    [InlineData("江汉区大数据中心", "东西湖区大数据中心")]
    [InlineData("武汉市东西湖区大数据中心", "武汉市东西湖区财政局")]
    [InlineData("县大数据中心", "东西湖区大数据中心")]
    [InlineData("", "")]
    public void Same_DifferentDepartments_AreNotTheSame(string a, string b)
    {
        Assert.False(DepartmentName.Same(a, b), $"{a} ≢ {b}");
    }

    [Fact]
    public void Parse_RegionsAndUnit_AreSplit()
    {
        var name = DepartmentName.Parse("武汉市东西湖区大数据中心");

        Assert.Equal(["武汉市", "东西湖区"], name.Regions);
        Assert.Empty(name.Levels);
        Assert.Equal("大数据中心", name.Unit);
    }

    [Fact]
    public void Parse_AbbreviatedLevel_IsKeptApartFromTheUnit()
    {
        var name = DepartmentName.Parse("区大数据中心");

        Assert.Empty(name.Regions);
        Assert.Equal(['区'], name.Levels);
        Assert.Equal("大数据中心", name.Unit);
    }

    [Fact]
    public void Parse_WordStartingWithALevelCharacter_IsNotAnAbbreviation()
    {
        Assert.Equal("市场监督管理局", DepartmentName.Parse("市场监督管理局").Unit);
        Assert.Equal("城市管理执法局", DepartmentName.Parse("东西湖区城市管理执法局").Unit);
    }
}
