using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Tests;

/// <summary>Self-written layouts for column placement by position and arithmetic, scattered rows and narrative subjects.</summary>
public class AlignmentLayoutTests
{
    // Page 2 (after the form feed) is laid out narrower, as pdftotext does when a page has fewer columns filled.
    private const string IncomeAcrossPages = "某区水务局2023年度部门决算\n\n收入决算表\n                                                        单位：万元\n" +
        "   科目编码   科目名称       本年收入合计   财政拨款收入   上级补助收入   事业收入   其他收入\n" +
        "              合计               120.00         100.00                               20.00\n" +
        "   213        农林水支出         110.00          90.00                               20.00\n" +
        "   21303      水利               110.00          90.00                               20.00\n" +
        "\f   221        住房保障支出    10.00    10.00\n" +
        "   22102      住房改革支出    10.00    10.00\n";

    [Fact]
    public void Read_IncomeTableAcrossPages_ArithmeticAndPatternPlaceSqueezedValues()
    {
        var result = Samples.Text(IncomeAcrossPages);
        var income = result.Document.Table(StandardTables.Income)!;

        Assert.Equal(["total", "fiscal", "upper", "business", "other"], income.Columns.Select(c => c.Key));
        Assert.Equal(20.00m, income.Rows.Single(r => r.Key == "total").Value("other"));
        Assert.Equal(90.00m, income.Rows.Single(r => r.Code == "213").Value("fiscal"));
        var housing = income.Rows.Single(r => r.Code == "221");
        Assert.Equal(10.00m, housing.Value("total"));
        Assert.Equal(10.00m, housing.Value("fiscal"));
        Assert.Null(housing.Value("upper"));
        Assert.Equal(100m, result.Statistics.MappedPercent);
    }

    [Fact]
    public void Read_RowWhosePlacementNothingDecides_IsReportedNotCounted()
    {
        // One row, printed right of every header: 合计 = 基本支出 and 合计 = 项目支出 both hold.
        const string text = "某局2023年度部门决算\n\n一般公共预算财政拨款支出决算表\n                                   单位：万元\n" +
            "   科目编码   科目名称      合计      基本支出      项目支出\n" +
            "   201        一般公共服务支出                                        10.00     10.00\n";

        var stats = Samples.Text(text).Statistics;

        var line = Assert.Single(stats.Unmapped);
        Assert.Equal(6, line.Line);
        Assert.StartsWith("栏位不确定", line.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BasicTableScatteredOverLines_ValuesJoinTheirCodes()
    {
        const string text = "某局2023年度部门决算\n\n一般公共预算财政拨款基本支出决算表\n                                                    单位：万元\n" +
            "  经济分类                                经济分类\n" +
            "  科目编码      科目名称    决算数        科目编码      科目名称     决算数\n" +
            "                            50.00                                    8.00\n" +
            "301                                   302\n" +
            "          工资福利支出                          商品和服务支出\n" +
            "                            50.00                                    8.00\n" +
            "301   01                              302\n" +
            "          基本工资                           01   办公费\n" +
            "                            50.00                                    8.00\n" +
            "          人员经费合计                          公用经费合计\n";

        var result = Samples.Text(text);
        var basic = result.Document.Table(StandardTables.GeneralPublicBasic)!;

        Assert.Equal(50.00m, basic.Rows.Single(r => r.Code == "301").Value("amount"));
        Assert.Equal("基本工资", basic.Rows.Single(r => r.Code == "30101").Name);
        Assert.Equal(50.00m, basic.Rows.Single(r => r.Code == "30101").Value("amount"));
        Assert.Equal(8.00m, basic.Rows.Single(r => r.Code == "30201").Value("amount"));
        Assert.Equal(8.00m, basic.Rows.Single(r => r.Key == "public.total").Value("amount"));
        Assert.Equal(100m, result.Statistics.MappedPercent);
    }

    [Fact]
    public void Read_BudgetSummaryWithEconomicSide_KeysEachSide()
    {
        const string text = "某中心2021年部门预算\n\n收支预算总表\n单位:万元\n收入\t\t经济分类支出\t\t功能分类支出\t\n项目\t预算数\t项目\t预算数\t科目\t预算数\n" +
            "一. 财政拨款（补助）\t100\t工资福利支出\t60\t一般公共服务支出\t100\n" +
            "二. 事业收入\t\t商品和服务支出\t40\t教育支出\t\n" +
            "本年收入合计\t100\t本年支出合计\t100\t本年支出合计\t100\n";

        var summary = Samples.Text(text).Document.Table(StandardTables.Summary)!;

        Assert.Equal(["amount"], summary.Columns.Select(c => c.Key));
        Assert.Equal(60m, summary.Rows.Single(r => r.Key == "economic.301").Value("amount"));
        Assert.Equal(100m, summary.Rows.Single(r => r.Key == "economic.total").Value("amount"));
        Assert.Equal(100m, summary.Rows.Single(r => r.Key == "expenditure.total").Value("amount"));
        Assert.Equal(100m, summary.Rows.Single(r => r.Code == "201").Value("amount"));
        Assert.Equal(100m, summary.Rows.Single(r => r.Key == "income.fiscal").Value("amount"));
    }

    [Fact]
    public void Read_NarrativeInOtherWording_SubjectsAndBasesFollowTheConvention()
    {
        const string text = "某区教育局2023年度部门决算\n\n三、一般公共预算财政拨款支出决算具体情况\n\n" +
            "1、教育支出（类）普通教育（款）小学教育（项）。主要用于：\n学校运行。年初预算为 100.00 万元，支出决算为 95.00 万元，完成年初预算的 95.0%。\n\n" +
            "2023年度某区教育局政府采购支出总额 50.00 万元，其中：政府采购货物支出 20.00 万元、政府采购工程支出 0 万元、政府采购服务支出 30.00 万元。\n\n" +
            "2023年度本部门机关运行经费支出 12.34 万元，比 2022 年度减少 1.66 万元，下降 11.9%。\n\n" +
            "2023年度收入合计 200.00 万元，其中：财政拨款收入 150.00 万元，占 75.0%；其他收入 50.00 万元，占 25.0%。\n";

        var claims = Samples.Text(text).Document.Claims;

        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "教育支出/普通教育/小学教育 年初预算" && c.Value == 100.00m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "教育支出/普通教育/小学教育 决算" && c.Value == 95.00m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.ExecutionRate && c.Subject == "教育支出/普通教育/小学教育" && c.Basis == "年初预算" && c.Value == 95.0m);
        Assert.Contains(claims, c => c.Subject == "政府采购支出总额" && c.Basis == "政府采购" && c.Value == 50.00m);
        Assert.Contains(claims, c => c.Subject == "货物" && c.Basis == "政府采购" && c.Value == 20.00m);
        Assert.Contains(claims, c => c.Subject == "机关运行经费" && c.Kind == ClaimKind.Amount && c.Value == 12.34m);
        Assert.Contains(claims, c => c.Subject == "机关运行经费" && c.Kind == ClaimKind.Change && c.Basis == "2022年度" && c.Value == -1.66m);
        Assert.Contains(claims, c => c.Subject == "机关运行经费" && c.Kind == ClaimKind.Growth && c.Basis == "2022年度" && c.Value == -11.9m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Share && c.Subject == "其他收入" && c.Basis == "收入合计" && c.Value == 25.0m);
    }
}
