using System.Text;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Tests;

public class LayoutTests
{
    private const string SpaceAligned = """
        某某区教育局2023年度部门决算

        一般公共预算财政拨款支出决算表
                                                        单位：元
          科目编码        科目名称              合计          基本支出        项目支出
          205             教育支出          1,234,567.80    1,000,000.00     234,567.80
          20501           教育管理事务        234,567.80                     234,567.80
                          合计              1,234,567.80    1,000,000.00     234,567.80

        “三公”经费支出决算表
                                                        单位：万元
          项目                         预算数        决算数
          合计                         12.50         10.25
          因公出国（境）费              2.00
          公务用车购置及运行费          8.00          8.00
          其中：公务用车购置费
                公务用车运行费          8.00          8.00
          公务接待费                    2.50          2.25

        一、收入支出决算总体情况说明
        2023年度收入、支出总计3,946.72万元。与2022年度相比，增加120.5万元，增长3.1%。
        一般公共预算财政拨款支出年初预算为3,000万元，支出决算为2,940.05万元，完成年初预算的98.0%。
        """;

    [Fact]
    public void Read_SpaceAlignedYuanTable_MapsColumnsAndUnit()
    {
        var document = Samples.Text(SpaceAligned).Document;
        var general = document.Table(StandardTables.GeneralPublic)!;

        Assert.Equal(Units.Yuan, general.Unit);
        Assert.Equal(1234567.80m, general.Rows.Single(r => r.Code == "205").Value("total"));
        var management = general.Rows.Single(r => r.Code == "20501");
        Assert.Null(management.Value("basic"));
        Assert.Equal(234567.80m, management.Value("project"));
        Assert.Equal(1000000.00m, general.Rows.Single(r => r.Key == "total").Value("basic"));
    }

    [Fact]
    public void Read_SangongAsRowsWithBudgetAndFinal_StoresBothColumns()
    {
        var sangong = Samples.Text(SpaceAligned).Document.Table(StandardTables.Sangong)!;

        Assert.Equal(12.50m, sangong.Rows.Single(r => r.Key == "total").Value("budget"));
        Assert.Equal(10.25m, sangong.Rows.Single(r => r.Key == "total").Value("final"));
        Assert.Null(sangong.Rows.Single(r => r.Key == "abroad").Value("final"));
        Assert.Equal(2.25m, sangong.Rows.Single(r => r.Key == "reception").Value("final"));
    }

    [Fact]
    public void Read_NarrativeWithThousandSeparators_ExtractsClaims()
    {
        var document = Samples.Text(SpaceAligned).Document;

        Assert.Contains(document.Claims, c => c.Kind == ClaimKind.Amount && c.Value == 3946.72m);
        Assert.Contains(document.Claims, c => c.Kind == ClaimKind.Change && c.Value == 120.5m);
        Assert.Contains(document.Claims, c => c.Kind == ClaimKind.Growth && c.Value == 3.1m);
        Assert.Contains(document.Claims, c => c.Kind == ClaimKind.ExecutionRate && c.Value == 98.0m && c.Basis == "年初预算");
        Assert.Equal(DocumentKind.FinalAccounts, document.Info.Kind);
        Assert.Equal(2023, document.Info.Year);
    }

    [Fact]
    public void Read_Gb18030Bytes_DecodesAndReads()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(SpaceAligned);

        var document = DocumentLoader.Load(bytes, "gbk.txt");

        Assert.Equal(1234567.80m, document.Table(StandardTables.GeneralPublic)!.Rows.Single(r => r.Code == "205").Value("total"));
        Assert.StartsWith("sha256:", document.Info.SourceHash, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TabSeparatedSummaryWithFullWidthDigitsAndWrappedCell_ReadsBothSides()
    {
        const string text = "某单位２０２１年部门预算\n\n收支预算总表\n单位：万元\n项目\t预算数\t项目\t预算数\n一、一般公共预算拨款收入\t１，２００.５\t一、一般公共服务支出\t1000. 5\n二、事业收入\t\t二、教育支出\t200\n本年收入合计\t1200.5\t本年支出合计\t1200.5\n";

        var summary = Samples.Text(text).Document.Table(StandardTables.Summary)!;

        Assert.Equal(1200.5m, summary.Rows.Single(r => r.Key == "income.general").Value("amount"));
        Assert.Equal(1000.5m, summary.Rows.Single(r => r.Code == "201").Value("amount"));
        Assert.Null(summary.Rows.Single(r => r.Key == "income.business").Value("amount"));
        Assert.Equal(1200.5m, summary.Rows.Single(r => r.Key == "expenditure.total").Value("amount"));
    }

    [Fact]
    public void Read_UnknownNumericLineInTable_IsReportedNotDropped()
    {
        const string text = "X局2022年部门决算\n\n“三公”经费支出决算表\n单位：万元\n项目\t预算数\t决算数\n合计\t1.00\t0.50\n公务接待费\t1.00\t0.50\n其他说明\t9.99\t8.88\n";

        var stats = Samples.Text(text).Statistics;

        Assert.Contains(stats.Unmapped, u => u.Line == 8);
    }
}
