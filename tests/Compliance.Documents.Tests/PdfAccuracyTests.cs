using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Tests;

/// <summary>Concrete figures of the peer PDFs, read as pdftotext -layout prints them.</summary>
public class PdfAccuracyTests
{
    private const string Finance = "samples/peer/上海市普陀区财政局2024年度部门决算.pdf";
    private const string Planning = "samples/peer/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf";
    private const string Social = "samples/peer/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf";
    private const string Template = "samples/peer/附件2：部门决算模板.pdf";

    [Fact]
    public void Read_FinanceIncomeTable_ValuesInTheirPrintedColumns()
    {
        var income = Samples.Read(Finance).Document.Table(StandardTables.Income)!;

        Assert.Equal(["total", "fiscal", "upper", "business", "operating", "subsidiary", "other"], income.Columns.Select(c => c.Key));
        var total = Row(income, "total");
        Assert.Equal(2946.25m, total.Value("total"));
        Assert.Equal(2940.05m, total.Value("fiscal"));
        Assert.Equal(6.20m, total.Value("other"));
        Assert.Null(total.Value("upper"));
        var management = income.Rows.Single(r => r.Code == "2010602");
        Assert.Equal(16.19m, management.Value("total"));
        Assert.Equal(10.00m, management.Value("fiscal"));
        Assert.Equal(6.19m, management.Value("other"));
        // Printed on the next page, squeezed left: the arithmetic and the table's pattern place it.
        var medical = income.Rows.Single(r => r.Code == "2101101");
        Assert.Equal(60.99m, medical.Value("total"));
        Assert.Equal(60.99m, medical.Value("fiscal"));
        Assert.Null(medical.Value("upper"));
    }

    [Fact]
    public void Read_FinanceFiscalSummary_ExpenditureTotalHasGeneralColumn()
    {
        var fiscal = Samples.Read(Finance).Document.Table(StandardTables.FiscalSummary)!;

        Assert.Equal(["amount", "total", "general", "fund", "capital"], fiscal.Columns.Select(c => c.Key));
        Assert.Equal(2940.05m, Row(fiscal, "expenditure.total").Value("total"));
        Assert.Equal(2940.05m, Row(fiscal, "expenditure.total").Value("general"));
        Assert.Null(Row(fiscal, "expenditure.total").Value("fund"));
        Assert.Equal(2940.05m, Row(fiscal, "income.total").Value("amount"));
        Assert.Equal(21.63m, Row(fiscal, "income.carryIn").Value("amount"));
        Assert.Equal(21.63m, Row(fiscal, "income.carryIn.general").Value("amount"));
        Assert.Equal(2961.68m, Row(fiscal, "expenditure.grand").Value("general"));
        Assert.Equal(326.71m, fiscal.Rows.Single(r => r.Code == "208").Value("general"));
    }

    [Fact]
    public void Read_FinanceBasicTable_ValuesPrintedAboveTheirCodes()
    {
        var basic = Samples.Read(Finance).Document.Table(StandardTables.GeneralPublicBasic)!;

        Assert.Equal(["amount"], basic.Columns.Select(c => c.Key));
        Assert.Equal(2082.85m, Code(basic, "301").Value("amount"));
        Assert.Equal(262.33m, Code(basic, "30101").Value("amount"));
        Assert.Equal(1238.58m, Code(basic, "30102").Value("amount"));
        Assert.Null(Code(basic, "30103").Value("amount"));
        Assert.Equal(160.75m, Code(basic, "30108").Value("amount"));
        Assert.Equal("机关事业单位基本养老保险缴费", Code(basic, "30108").Name);
        Assert.Equal(171.07m, Code(basic, "302").Value("amount"));
        Assert.Equal(21.21m, Code(basic, "30201").Value("amount"));
        Assert.Equal(7.61m, Code(basic, "30202").Value("amount"));
        Assert.Equal(13.58m, Code(basic, "310").Value("amount"));
        Assert.Equal(2152.26m, Row(basic, "personnel.total").Value("amount"));
        Assert.Equal(184.65m, Row(basic, "public.total").Value("amount"));
    }

    [Fact]
    public void Read_FinanceNarrative_FiscalTotalPrintedAsZeroPointThree()
    {
        var claims = Samples.Read(Finance).Document.Claims;

        // A real error of the document: 财政拨款收入支出总计 is 2961.68 in 表四.
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "财政拨款收支总计" && c.Value == 0.3m && c.Line == 548);
        Assert.Contains(claims, c => c.Kind == ClaimKind.ExecutionRate && c.Subject == "一般公共预算财政拨款支出" && c.Basis == "年初预算" && c.Value == 98.20m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "一般公共服务支出/财政事务/行政运行 年初预算" && c.Value == 1560.05m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Change && c.Subject == "收支总计" && c.Basis == "2023年度" && c.Value == -56.95m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "政府采购支出总额" && c.Basis == "政府采购" && c.Value == 251.25m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "服务" && c.Basis == "政府采购" && c.Value == 246.47m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "机关运行经费" && c.Value == 184.65m);
    }

    [Fact]
    public void Read_PlanningPdf_DepartmentSangongAndBasicTable()
    {
        var document = Samples.Read(Planning).Document;

        Assert.Equal("上海市普陀区规划和自然资源局", document.Info.Department);
        var sangong = document.Table(StandardTables.Sangong)!;
        Assert.Equal(0.39m, Row(sangong, "total").Value("final"));
        Assert.Equal(0.00m, Row(sangong, "abroad").Value("final"));
        var basic = document.Table(StandardTables.GeneralPublicBasic)!;
        Assert.Equal(4816.14m, Code(basic, "301").Value("amount"));
        Assert.Equal(446.11m, Code(basic, "30108").Value("amount"));
        Assert.Equal(8.05m, Code(basic, "30207").Value("amount"));
        Assert.Equal(39.76m, Code(basic, "31002").Value("amount"));
        Assert.Equal(4884.09m, Row(basic, "personnel.total").Value("amount"));
        var fiscal = document.Table(StandardTables.FiscalSummary)!;
        Assert.Equal(3832.36m, fiscal.Rows.Single(r => r.Code == "212").Value("general"));
        Assert.Equal(9746.50m, Row(fiscal, "expenditure.total").Value("general"));
    }

    [Fact]
    public void Read_SocialWorkPdf_DepartmentAndBasicTable()
    {
        var document = Samples.Read(Social).Document;

        Assert.Equal("中共上海市普陀区委社会工作部", document.Info.Department);
        var basic = document.Table(StandardTables.GeneralPublicBasic)!;
        Assert.Equal(39.72m, Code(basic, "30102").Value("amount"));
        Assert.Equal(0.20m, Code(basic, "30299").Value("amount"));
        Assert.Equal(0.00m, Code(basic, "310").Value("amount"));
        Assert.Equal(95.36m, Row(basic, "personnel.total").Value("amount"));
        Assert.Equal(10.23m, Row(basic, "public.total").Value("amount"));
        Assert.Equal(264.87m, document.Table(StandardTables.FiscalSummary)!.Rows.Single(r => r.Code == "201").Value("general"));
    }

    [Theory]
    [InlineData(Finance)]
    [InlineData(Planning)]
    [InlineData(Social)]
    [InlineData(Template)]
    [InlineData("seeds/001_d3a96bfeb8abfd5e.txt")]
    [InlineData("seeds/003_85eec20c42472130.txt")]
    public void Read_Sample_AtLeast95PercentOfNumericTableLinesMapped(string sample)
    {
        var stats = Samples.Read(sample).Statistics;

        Assert.True(stats.MappedPercent >= 95m, $"{stats.MappedPercent}%: {string.Join("; ", stats.Unmapped.Select(u => $"{u.Line} {u.Reason}"))}");
    }

    [Fact]
    public void Read_TemplatePdf_PrintedColumnsWithoutValues()
    {
        var document = Samples.Read(Template).Document;

        Assert.All(document.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Values.Values), v => Assert.Null(v));
        Assert.Equal(["budget", "final"], document.Table(StandardTables.Sangong)!.Columns.Select(c => c.Key));
    }

    private static Row Row(Table table, string key) => table.Rows.Single(r => r.Key == key);

    private static Row Code(Table table, string code) => table.Rows.Single(r => r.Code == code);
}
