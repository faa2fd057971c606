using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Tests;

public class SeedTests
{
    private const string Seed000 = "seeds/000_a26962c5fc85fb3c.txt";
    private const string Seed001 = "seeds/001_d3a96bfeb8abfd5e.txt";
    private const string Seed003 = "seeds/003_85eec20c42472130.txt";

    [Fact]
    public void Read_Seed003_SelfEvaluationsKeepTheirDeviationExplanation()
    {
        var evaluations = Samples.Read(Seed003).Document.SelfEvaluations;

        var hotline = evaluations.Single(e => e.Subject.Contains("民呼我应", StringComparison.Ordinal));
        Assert.Contains("项目交付初期", hotline.Explanation, StringComparison.Ordinal);
        Assert.Contains("继续督促建设方", hotline.Explanation, StringComparison.Ordinal);
        Assert.All(evaluations, e => Assert.False(string.IsNullOrWhiteSpace(e.Explanation), e.Subject));
    }

    [Fact]
    public void Read_Seed003_InfoIsFinalAccounts2020()
    {
        var info = Samples.Read(Seed003).Document.Info;

        Assert.Equal("武汉市东西湖区大数据中心", info.Department);
        Assert.Equal(2020, info.Year);
        Assert.Equal(DocumentKind.FinalAccounts, info.Kind);
    }

    [Fact]
    public void Read_Seed003_SummaryTotalsMatchPrintedFigures()
    {
        var summary = Samples.Read(Seed003).Document.Table(StandardTables.Summary)!;

        Assert.Equal(917.02m, Row(summary, "income.total").Value("amount"));
        Assert.Equal(917.02m, Row(summary, "income.general").Value("amount"));
        Assert.Null(Row(summary, "income.fund").Value("amount"));
        Assert.Equal(917.02m, Row(summary, "expenditure.total").Value("amount"));
        Assert.Equal(917.02m, Row(summary, "expenditure.grand").Value("amount"));
        var housing = summary.Rows.Single(r => r.Code == "221");
        Assert.Equal(35.70m, housing.Value("amount"));
        Assert.Equal(2, decimal.GetBits(housing.Value("amount")!.Value)[3] >> 16 & 0xFF);
        Assert.Equal("49", housing.LineNo);
        Assert.Equal(111, housing.SourceLine);
    }

    [Fact]
    public void Read_Seed003_ExpenditureTablesSplitBasicAndProject()
    {
        var document = Samples.Read(Seed003).Document;

        var expenditure = document.Table(StandardTables.Expenditure)!;
        Assert.Equal(477.55m, Row(expenditure, "total").Value("basic"));
        Assert.Equal(439.47m, Row(expenditure, "total").Value("project"));
        Assert.Null(expenditure.Rows.Single(r => r.Code == "208").Value("project"));
        var general = document.Table(StandardTables.GeneralPublic)!;
        Assert.Equal(836.77m, general.Rows.Single(r => r.Code == "2010350").Value("total"));
        var fiscal = document.Table(StandardTables.FiscalSummary)!;
        Assert.Equal(917.02m, Row(fiscal, "expenditure.total").Value("general"));
        Assert.Equal(917.02m, Row(fiscal, "income.grand").Value("amount"));
    }

    [Fact]
    public void Read_Seed003_BasicExpenditureReadsAllThreeSides()
    {
        var basic = Samples.Read(Seed003).Document.Table(StandardTables.GeneralPublicBasic)!;

        Assert.Equal(444.94m, basic.Rows.Single(r => r.Code == "301").Value("amount"));
        Assert.Equal(0.96m, basic.Rows.Single(r => r.Code == "30231").Value("amount"));
        Assert.Equal(5.90m, basic.Rows.Single(r => r.Code == "30299").Value("amount"));
        Assert.Equal(452.60m, Row(basic, "personnel.total").Value("amount"));
        Assert.Equal(24.94m, Row(basic, "public.total").Value("amount"));
    }

    [Fact]
    public void Read_Seed003_TransposedSangongIsStoredByRows()
    {
        var sangong = Samples.Read(Seed003).Document.Table(StandardTables.Sangong)!;

        Assert.Equal(28.60m, Row(sangong, "total").Value("budget"));
        Assert.Equal(0.96m, Row(sangong, "total").Value("final"));
        Assert.Equal(25.00m, Row(sangong, "vehicle.purchase").Value("budget"));
        Assert.Equal(0.96m, Row(sangong, "vehicle.operation").Value("final"));
        Assert.Equal(0.50m, Row(sangong, "reception").Value("budget"));
        Assert.Null(Row(sangong, "reception").Value("final"));
    }

    [Fact]
    public void Read_Seed003_EmptyFundTablesAreStatedEmpty()
    {
        var document = Samples.Read(Seed003).Document;

        Assert.True(document.Table(StandardTables.StateCapital)!.StatedEmpty);
    }

    [Fact]
    public void Read_Seed003_ClaimsCarryLineAndValue()
    {
        var claims = Samples.Read(Seed003).Document.Claims;

        Assert.Equal(129, claims.Count);
        var procurement = claims.First(c => c.Kind == ClaimKind.Amount && c.Value == 186.45m);
        Assert.Equal(450, procurement.Line);
        Assert.Contains("政府采购支出总额", procurement.Excerpt, StringComparison.Ordinal);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Change && c.Value == 601.63m && c.Line == 350);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Growth && c.Value == 190.8m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Growth && c.Value == -68.0m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.ExecutionRate && c.Value == 71.3m && c.Line == 397);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Share && c.Value == 52.1m);
    }

    [Fact]
    public void Read_Seed003_SelfEvaluationsHaveBudgetExecutedAndIndicators()
    {
        var evaluations = Samples.Read(Seed003).Document.SelfEvaluations;

        Assert.Equal(6, evaluations.Count);
        var department = evaluations.Single(e => e.WholeDepartment);
        Assert.Equal(1282.2m, department.Budget);
        Assert.Equal(917.02m, department.Executed);
        Assert.Equal(71.52m, department.StatedRate);
        Assert.Equal(93.3m, department.TotalScore);
        var network = evaluations.Single(e => e.Subject == "网络传输建设运行费");
        Assert.Equal(481.74m, network.Budget);
        Assert.Equal(197.59m, network.Executed);
        Assert.Equal(41m, network.StatedRate);
        Assert.Equal(8.2m, network.Score);
        Assert.Equal(20m, network.Weight);
        Assert.Contains(network.Indicators, i => i.Name == "机房正常运行" && i.Target == "≥90%" && i.Actual == "≥99.5%" && i.Score == 7m);
        Assert.Equal(0.50m, evaluations.Single(e => e.Subject == "党建工妇青经费").Budget);
    }

    [Fact]
    public void Read_Seed003_AllNumericTableLinesAreMapped()
    {
        var stats = Samples.Read(Seed003).Statistics;

        Assert.Equal(9, stats.Tables.Count);
        Assert.True(stats.MappedPercent >= 95m, $"mapped {stats.MappedPercent}%: {string.Join("; ", stats.Unmapped.Select(u => u.Line))}");
    }

    [Fact]
    public void Read_Seed001_ThreeSidedSummaryAndBrokenDecimals()
    {
        var document = Samples.Read(Seed001).Document;
        var summary = document.Table(StandardTables.Summary)!;

        Assert.Equal(DocumentKind.Budget, document.Info.Kind);
        Assert.Equal(604.4m, Row(summary, "income.total").Value("amount"));
        Assert.Equal(604.4m, Row(summary, "income.grand").Value("amount"));
        Assert.Equal(604.4m, Row(summary, "expenditure.total").Value("amount"));
        Assert.Equal(397.0m, summary.Rows.Single(r => r.Code == "215").Value("amount"));
        Assert.Equal(24.3m, summary.Rows.Single(r => r.Code == "221").Value("amount"));
    }

    [Fact]
    public void Read_Seed001_TablesAndSangongRows()
    {
        var document = Samples.Read(Seed001).Document;

        var general = document.Table(StandardTables.GeneralPublic)!;
        Assert.Equal(604.4m, Row(general, "total").Value("total"));
        Assert.Equal(397m, general.Rows.Single(r => r.Code == "2150502").Value("project"));
        var basic = document.Table(StandardTables.GeneralPublicBasic)!;
        Assert.Equal(207.4m, Row(basic, "total").Value("amount"));
        Assert.Equal(22.6m, Row(basic, "total").Value("public"));
        var sangong = document.Table(StandardTables.Sangong)!;
        Assert.Equal(0.8m, Row(sangong, "total").Value("budget"));
        Assert.Equal(0.8m, Row(sangong, "reception").Value("budget"));
        Assert.Null(Row(sangong, "abroad").Value("budget"));
        Assert.True(document.Table(StandardTables.GovernmentFund)!.StatedEmpty);
    }

    [Fact]
    public void Read_Seed001_ProjectInYuanWithLines()
    {
        var document = Samples.Read(Seed001).Document;
        var project = Assert.Single(document.Projects, p => !p.WholeDepartment);

        Assert.Equal("互联网+信息化建设项目", project.Name);
        Assert.Equal(11910000.00m, project.TotalBudget);
        Assert.Equal(3970000.00m, project.CurrentYearBudget);
        Assert.Equal(Units.Yuan, project.Unit);
        Assert.Equal(4, project.ExpenditureLines.Count);
        Assert.Equal(2754800.00m, project.ExpenditureLines.Single(l => l.Name == "委托业务费").Amount);
        Assert.Equal(5, project.ProcurementLines.Count);
        Assert.Equal(1190000.00m, project.ProcurementLines.Single(l => l.Name == "租赁服务").Amount);
        Assert.True(project.Indicators.Count >= 12);
    }

    [Fact]
    public void Read_Seed001_FactsAndClaims()
    {
        var document = Samples.Read(Seed001).Document;

        Assert.Equal(12m, document.Fact("staff.actual")!.Value);
        Assert.Equal(18m, document.Fact("staff.authorized")!.Value);
        // 44 narrative claims plus amount and share of the four composition rows of 表九 (部门整体支出绩效目标表).
        Assert.Equal(52, document.Claims.Count);
        Assert.Contains(document.Claims, c => c.Kind == ClaimKind.Share && c.Subject == "基本支出" && c.Basis == "支出合计" && c.Value == 100m);
        Assert.Contains(document.Claims, c => c.Kind == ClaimKind.Share && c.Subject == "项目支出" && c.Basis == "支出合计" && c.Value == 100m);
        Assert.Contains(document.Claims, c => c.Kind == ClaimKind.Amount && c.Subject == "基本支出" && c.Value == 207.4m);
        Assert.Contains(document.Claims, c => c.Kind == ClaimKind.Share && c.Value == 34.3m && c.Line == 507);
        Assert.True(Samples.Read(Seed001).Statistics.MappedPercent >= 95m);
    }

    [Fact]
    public void Read_Seed000_NarrativeOnlyBudget()
    {
        var result = Samples.Read(Seed000);

        Assert.Equal("武汉市东西湖区大数据中心", result.Document.Info.Department);
        Assert.Equal(DocumentKind.Budget, result.Document.Info.Kind);
        Assert.Empty(result.Document.Tables);
        var claims = result.Document.Claims;
        Assert.Contains(claims, c => c.Kind == ClaimKind.Amount && c.Subject == "部门收支总预算" && c.Value == 1286.74m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Share && c.Subject == "一般公共预算财政拨款收入" && c.Basis == "部门收入预算" && c.Value == 100m);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Change && c.Subject == "当年预算" && c.Basis == "2019年度" && c.Value == 1286.74m);
    }

    private static Row Row(Table table, string key) => table.Rows.Single(r => r.Key == key);
}
