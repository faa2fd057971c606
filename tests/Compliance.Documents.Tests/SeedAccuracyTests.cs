using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Tests;

/// <summary>Printed columns, keyed rows and narrative claims of the seed documents.</summary>
public class SeedAccuracyTests
{
    private const string Seed001 = "seeds/001_d3a96bfeb8abfd5e.txt";
    private const string Seed003 = "seeds/003_85eec20c42472130.txt";
    private const string Seed000 = "seeds/000_a26962c5fc85fb3c.txt";

    [Fact]
    public void Read_Seed001_TablesListOnlyPrintedColumns()
    {
        var document = Samples.Read(Seed001).Document;

        var income = document.Table(StandardTables.Income)!;
        Assert.Equal(["total"], income.Columns.Select(c => c.Key));
        Assert.All(income.Rows, r => Assert.Equal(["total"], r.Values.Keys));
        Assert.Equal(604.4m, income.Rows.Single(r => r.Key == "total").Value("total"));
        Assert.Equal(["amount", "total"], document.Table(StandardTables.FiscalSummary)!.Columns.Select(c => c.Key));
        Assert.Equal(["total", "basic", "project", "operating", "subsidiary", "upper"], document.Table(StandardTables.Expenditure)!.Columns.Select(c => c.Key));
        Assert.Equal(["budget"], document.Table(StandardTables.Sangong)!.Columns.Select(c => c.Key));
        Assert.Equal(["amount", "personnel", "public"], document.Table(StandardTables.GeneralPublicBasic)!.Columns.Select(c => c.Key));
    }

    [Fact]
    public void Read_Seed001_ThreeSidedSummaryKeysEconomicSide()
    {
        var summary = Samples.Read(Seed001).Document.Table(StandardTables.Summary)!;

        Assert.Equal(184.8m, Row(summary, "economic.301").Value("amount"));
        Assert.Equal(417.1m, Row(summary, "economic.302").Value("amount"));
        Assert.Equal(2.5m, Row(summary, "economic.310").Value("amount"));
        Assert.Equal(604.4m, Row(summary, "economic.total").Value("amount"));
        Assert.Equal(604.4m, Row(summary, "income.fiscal").Value("amount"));
        Assert.Equal(604.4m, Row(summary, "income.general.appropriation").Value("amount"));
        Assert.Equal(604.4m, Row(summary, "expenditure.total").Value("amount"));
        Assert.Null(summary.Rows.Single(r => r.Code == "229").Value("amount"));
        Assert.DoesNotContain(summary.Rows, r => r.Code == "399");
    }

    [Fact]
    public void Read_Seed001_ProcurementClaimsHaveBasis()
    {
        var claims = Samples.Read(Seed001).Document.Claims;

        Assert.Contains(claims, c => c.Subject == "政府采购支出总额" && c.Basis == "政府采购" && c.Value == 397m);
        Assert.Contains(claims, c => c.Subject == "货物" && c.Basis == "政府采购" && c.Value == 2.5m);
        Assert.Contains(claims, c => c.Subject == "服务" && c.Basis == "政府采购" && c.Value == 394.5m);
        Assert.Contains(claims, c => c.Subject == "机关运行经费" && c.Value == 22.6m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Share && c.Subject == "项目支出" && c.Basis == "部门支出预算" && c.Value == 65.7m);
    }

    [Fact]
    public void Read_Seed001_WholeDepartmentTargetsAreAProject()
    {
        var projects = Samples.Read(Seed001).Document.Projects;

        var department = projects.Single(p => p.WholeDepartment);
        Assert.Equal("武汉市硚口区大数据中心", department.Name);
        Assert.Equal(604.4m, department.CurrentYearBudget);
        Assert.Equal(17, department.Indicators.Count);
        Assert.Contains(department.Indicators, i => i.Level1 == "产出" && i.Level2 == "数量指标" && i.Name == "电脑软件维护台数" && i.Target == "129 台");
        Assert.Contains(department.Indicators, i => i.Level1 == "效益" && i.Level2 == "服务对象满意度" && i.Name == "客户满意度" && i.Target == "超过 98%");
        Assert.Contains(department.Indicators, i => i.Level1 == "产出" && i.Level2 == "时效指标" && i.Name == "网络平均修复时间" && i.Target == "≤1 小时");
        Assert.Equal(3970000.00m, projects.Single(p => !p.WholeDepartment).CurrentYearBudget);
    }

    [Fact]
    public void Read_Seed003_ClaimsTakeSubjectAndBasisFromTheirSentence()
    {
        var claims = Samples.Read(Seed003).Document.Claims;

        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "收支总计" && c.Value == 917.02m && c.Line == 350);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Change && c.Subject == "收支总计" && c.Basis == "2019年度" && c.Value == 601.63m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Growth && c.Subject == "收支总计" && c.Basis == "2019年度" && c.Value == 190.8m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "收入合计" && c.Value == 917.02m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Share && c.Subject == "财政拨款收入" && c.Basis == "本年收入" && c.Value == 100m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Share && c.Subject == "一般公共服务支出" && c.Basis == "财政拨款支出" && c.Value == 91.2m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "财政拨款收支总计" && c.Value == 917.02m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Growth && c.Subject == "“三公”经费财政拨款" && c.Value == -68.0m && c.Basis == "2019年度");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Change && c.Subject == "公务用车购置费" && c.Basis == "年初预算" && c.Value == -25m);
    }

    [Fact]
    public void Read_Seed000_SentenceOpeningWithItsComparisonContinuesThePreviousSubject()
    {
        // "2020年部门收支总预算 1286.74 万元。比 2019年预算增加 1286.74 万元，增长 100 %"
        var claims = Samples.Read(Seed000).Document.Claims.Where(c => c.Line == 174).ToList();

        Assert.Contains(claims, c => c.Kind == ClaimKind.Change && c.Subject == "部门收支总预算" && c.Basis == "2019年度" && c.Value == 1286.74m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Growth && c.Subject == "部门收支总预算" && c.Value == 100m);
    }

    [Fact]
    public void Read_Seed003_ClassParagraphsGiveTopicToStagesAndRate()
    {
        var claims = Samples.Read(Seed003).Document.Claims;

        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "一般公共服务支出 年初预算" && c.Value == 1213.46m && c.Line == 401);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "一般公共服务支出 调整预算" && c.Value == 836.77m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "一般公共服务支出 决算" && c.Value == 836.77m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.ExecutionRate && c.Subject == "一般公共服务支出" && c.Basis == "年初预算" && c.Value == 69.0m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.ExecutionRate && c.Subject == "一般公共预算财政拨款支出" && c.Basis == "年初预算" && c.Value == 71.3m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "网络传输建设运行费 全年预算" && c.Value == 481.74m);
    }

    [Fact]
    public void Read_Seed003_ProcurementErrorIsVisibleInClaims()
    {
        var claims = Samples.Read(Seed003).Document.Claims.Where(c => c.Line == 450 && c.Basis == "政府采购").ToList();

        // 186.45 ≠ 162.05 + 0 + 1702.4: a real error of the document.
        Assert.Equal(186.45m, claims.Single(c => c.Subject == "政府采购支出总额").Value);
        Assert.Equal(162.05m, claims.Single(c => c.Subject == "货物").Value);
        Assert.Equal(0m, claims.Single(c => c.Subject == "工程").Value);
        Assert.Equal(1702.4m, claims.Single(c => c.Subject == "服务").Value);
    }

    [Theory]
    [InlineData("seeds/000_a26962c5fc85fb3c.txt")]
    [InlineData(Seed001)]
    [InlineData(Seed003)]
    [InlineData("samples/peer/上海市普陀区财政局2024年度部门决算.pdf")]
    public void Read_Sample_ClaimsAreNotDuplicated(string sample)
    {
        var claims = Samples.Read(sample).Document.Claims;

        Assert.Equal(claims.Count, claims.DistinctBy(c => (c.Kind, c.Subject, c.Value, c.Basis, c.Line)).Count());
    }

    private static Row Row(Table table, string key) => table.Rows.Single(r => r.Key == key);
}
