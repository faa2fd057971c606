using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Tests;

public class PdfSampleTests
{
    [Fact]
    public void Read_FinanceBureauPdf_SummaryWithThousandSeparators()
    {
        var document = Samples.Read("samples/peer/上海市普陀区财政局2024年度部门决算.pdf").Document;
        var summary = document.Table(StandardTables.Summary)!;

        Assert.Equal("上海市普陀区财政局", document.Info.Department);
        Assert.Equal(2024, document.Info.Year);
        Assert.Equal(DocumentKind.FinalAccounts, document.Info.Kind);
        Assert.Equal(2946.25m, Row(summary, "income.total").Value("amount"));
        Assert.Equal(6.20m, Row(summary, "income.other").Value("amount"));
        Assert.Equal(49.14m, Row(summary, "income.carryIn").Value("amount"));
        Assert.Equal(2995.39m, Row(summary, "expenditure.grand").Value("amount"));
        Assert.Equal(445.69m, summary.Rows.Single(r => r.Code == "221").Value("amount"));
    }

    [Fact]
    public void Read_FinanceBureauPdf_SpaceAlignedColumnsByPosition()
    {
        var document = Samples.Read("samples/peer/上海市普陀区财政局2024年度部门决算.pdf").Document;
        var general = document.Table(StandardTables.GeneralPublic)!;

        var admin = general.Rows.Single(r => r.Code == "2010602");
        Assert.Equal(10.00m, admin.Value("total"));
        Assert.Null(admin.Value("basic"));
        Assert.Equal(10.00m, admin.Value("project"));
        Assert.Equal(8.37m, general.Rows.Single(r => r.Code == "2010601").Value("project"));
        var expenditure = document.Table(StandardTables.Expenditure)!;
        Assert.Equal(2336.91m, Row(expenditure, "total").Value("basic"));
        Assert.Equal(603.14m, Row(expenditure, "total").Value("project"));
        Assert.Equal(1503.52m, expenditure.Rows.Single(r => r.Code == "201").Value("basic"));
        var sangong = document.Table(StandardTables.Sangong)!;
        Assert.Equal(0.95m, Row(sangong, "total").Value("budget"));
        Assert.Equal(0.95m, Row(sangong, "reception").Value("budget"));
        Assert.Null(Row(sangong, "abroad").Value("budget"));
    }

    [Fact]
    public void Read_PlanningBureauPdf_TotalsAndSangong()
    {
        var result = Samples.Read("samples/peer/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf");
        var document = result.Document;

        Assert.Equal(9746.5m, Row(document.Table(StandardTables.Summary)!, "income.total").Value("amount"));
        Assert.Equal(9859.38m, Row(document.Table(StandardTables.Summary)!, "income.grand").Value("amount"));
        var general = Row(document.Table(StandardTables.GeneralPublic)!, "total");
        Assert.Equal(5364.75m, general.Value("basic"));
        Assert.Equal(4381.74m, general.Value("project"));
        var sangong = document.Table(StandardTables.Sangong)!;
        Assert.Equal(2.85m, Row(sangong, "total").Value("budget"));
        Assert.Equal(0.39m, Row(sangong, "reception").Value("final"));
        Assert.Contains(document.Claims, c => c.Kind == ClaimKind.Amount && c.Subject == "收支总计" && c.Value == 9859.38m);
        Assert.True(result.Statistics.MappedPercent >= 95m);
    }

    [Fact]
    public void Read_SocialWorkPdf_Totals()
    {
        var result = Samples.Read("samples/peer/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf");
        var general = Row(result.Document.Table(StandardTables.GeneralPublic)!, "total");

        Assert.Equal(307.82m, Row(result.Document.Table(StandardTables.Summary)!, "expenditure.total").Value("amount"));
        Assert.Equal(105.58m, general.Value("basic"));
        Assert.Equal(202.24m, general.Value("project"));
        Assert.Contains(result.Document.Claims, c => c.Kind == ClaimKind.Amount && c.Subject == "财政拨款收支总计" && c.Value == 307.82m);
        Assert.True(result.Statistics.MappedPercent >= 95m);
    }

    [Fact]
    public void Read_BlankTemplatePdf_RecognisesTablesWithoutValues()
    {
        var result = Samples.Read("samples/peer/附件2：部门决算模板.pdf");

        Assert.Contains(result.Statistics.Tables, t => t.Id == StandardTables.Summary);
        Assert.Contains(result.Statistics.Tables, t => t.Id == StandardTables.Sangong);
    }

    private static Row Row(Table table, string key) => table.Rows.Single(r => r.Key == key);
}
