using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Tolerance;

/// <summary>The tolerance paragraph of DESIGN.md, rule by rule: printed precision, not a fudge factor.</summary>
public class PrintedPrecisionRuleTests
{
    private const string IncomeSum = """
        WorkflowName: totals
        Rules:
          - RuleName: income-total
            Kind: sum
            Total: summary[income.total].amount
            Parts: summary[income.general, income.other].amount
        """;

    private const string SameFigureTwice = """
        WorkflowName: totals
        Parameters:
          minorSeverity: warning
        Rules:
          - RuleName: balance
            Kind: equal
            Severity: error
            Left: summary[income.grand].amount
            Right: summary[expenditure.grand].amount
        """;

    private const string IncomeShare = """
        WorkflowName: narrative
        Rules:
          - RuleName: fiscal-share
            Kind: share
            Stated: sum(where(claims, c => c.kind == 'Share'), c => c.value)
            Part: summary[income.general].amount
            Whole: summary[income.total].amount
        """;

    private const string Growth = """
        WorkflowName: narrative
        Rules:
          - RuleName: growth
            Kind: change
            Current: sangong[total].final
            Previous: sangong[total].budget
            StatedChange: sum(where(claims, c => c.kind == 'Change'), c => c.value)
            StatedGrowth: sum(where(claims, c => c.kind == 'Growth'), c => c.value)
        """;

    private const string ExecutionRate = """
        WorkflowName: execution
        Rules:
          - RuleName: rate
            Kind: rate
            Actual: summary[expenditure.total].amount
            Budget: summary[expenditure.total].budget
            Stated: sum(where(claims, c => c.kind == 'ExecutionRate'), c => c.value)
            Bands:
              - Below: 60
                Severity: error
                Message: 执行率仅 {rate}%
              - Below: 90
                Severity: warning
              - Above: 100
                Severity: warning
        """;

    private static Document Income(decimal? total, decimal? general, decimal? other) => new DocumentBuilder()
        .Table("summary", t => t
            .Key("income.total", ("amount", total))
            .Key("income.general", ("amount", general))
            .Key("income.other", ("amount", other)))
        .Build();

    private static Document Grands(decimal income, decimal expenditure) => new DocumentBuilder()
        .Table("summary", t => t
            .Key("income.grand", ("amount", income))
            .Key("expenditure.grand", ("amount", expenditure)))
        .Build();

    [Fact]
    public void Sum_PartsRoundingLegitimately_IsConsistent()
    {
        var findings = TestRules.Check(IncomeSum, Income(917.02m, 458.51m, 458.52m));

        Assert.Empty(findings);
    }

    [Fact]
    public void Sum_PartsBeyondRounding_ReportsError()
    {
        var findings = TestRules.Check(IncomeSum, Income(917.02m, 458.52m, 458.53m));

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(917.02m, finding.Stated);
        Assert.Equal(917.05m, finding.Computed);
    }

    [Fact]
    public void Sum_BlankPart_CountsAsZero()
    {
        var findings = TestRules.Check(IncomeSum, Income(917.02m, 917.02m, null));

        Assert.Empty(findings);
    }

    [Fact]
    public void Sum_BlankTotalWithNonzeroParts_ReportsFinding()
    {
        var findings = TestRules.Check(IncomeSum, Income(null, 900.00m, 17.02m));

        var finding = Assert.Single(findings);
        Assert.Null(finding.Stated);
        Assert.Equal(917.02m, finding.Computed);
        Assert.Contains("空白", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_BlankTotalAndBlankParts_IsNotAFinding()
    {
        var findings = TestRules.Check(IncomeSum, Income(null, null, null));

        Assert.Empty(findings);
    }

    [Fact]
    public void Sum_CoarselyPrintedTotal_IsJudgedAtItsOwnPrecision()
    {
        var findings = TestRules.Check(IncomeSum, Income(917m, 458.51m, 458.52m));

        Assert.Empty(findings);
    }

    [Fact]
    public void Equal_SameFigureDifferingInLastDigit_ReportsMinorFindingAtWarning()
    {
        var findings = TestRules.Check(SameFigureTwice, Grands(3946.71m, 3946.72m));

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(3946.71m, finding.Stated);
        Assert.Equal(3946.72m, finding.Computed);
        Assert.Contains("尾数", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_MinorSeverityParameterOverriddenToInfo_ReportsMinorFindingAtInfo()
    {
        var set = TestRules.Load(SameFigureTwice, new Dictionary<string, string> { ["minorSeverity"] = "info" });

        var findings = new RuleEngine().Check(Grands(3946.71m, 3946.72m), [set]).Findings;

        Assert.Equal(Severity.Info, Assert.Single(findings).Severity);
    }

    [Fact]
    public void Equal_SameValuePrintedWithDifferentPrecision_IsNoFinding()
    {
        var findings = TestRules.Check(SameFigureTwice, Grands(35.7m, 35.70m));

        Assert.Empty(findings);
    }

    [Fact]
    public void Equal_CoarserFigureRoundsToTheFinerOne_IsNoFinding()
    {
        var findings = TestRules.Check(SameFigureTwice, Grands(35.7m, 35.68m));

        Assert.Empty(findings);
    }

    [Fact]
    public void Equal_IntervalsApart_ReportsFindingAtRuleSeverity()
    {
        var findings = TestRules.Check(SameFigureTwice, Grands(3946.71m, 3946.75m));

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("不一致", finding.Message, StringComparison.Ordinal);
    }

    private static Document Share(decimal stated, decimal part, decimal whole) => new DocumentBuilder()
        .Table("summary", t => t
            .Key("income.general", ("amount", part))
            .Key("income.total", ("amount", whole)))
        .Claim(ClaimKind.Share, "一般公共预算财政拨款收入", stated, line: 30, excerpt: $"占 {stated}%")
        .Build();

    [Theory]
    [InlineData("37.61")]
    [InlineData("37.6")]
    [InlineData("38")]
    public void Share_StatedAtPrintedPrecision_IsConsistent(string stated)
    {
        var findings = TestRules.Check(IncomeShare, Share(decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture), 344.89m, 917.02m));

        Assert.Empty(findings);
    }

    [Fact]
    public void Share_StatedOutsidePrintedPrecision_ReportsFindingWithComputedShare()
    {
        var findings = TestRules.Check(IncomeShare, Share(37.61m, 345.00m, 917.02m));

        var finding = Assert.Single(findings);
        Assert.Equal(37.61m, finding.Stated);
        Assert.Equal(37.62m, finding.Computed);
    }

    [Fact]
    public void Share_OfZeroWhole_ReportsUndefinedShare()
    {
        var findings = TestRules.Check(IncomeShare, Share(37.61m, 0.00m, 0.00m));

        var finding = Assert.Single(findings);
        Assert.Null(finding.Computed);
        Assert.Contains("为 0", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_ZeroStatedOfZeroWhole_IsNoFinding()
    {
        var findings = TestRules.Check(IncomeShare, Share(0m, 0.00m, 0.00m));

        Assert.Empty(findings);
    }

    private static Document Sangong(decimal? final, decimal? budget, decimal? change, decimal? growth)
    {
        var builder = new DocumentBuilder().Table("sangong", t => t.Key("total", ("final", final), ("budget", budget)));
        if (change is { } c)
        {
            builder.Claim(ClaimKind.Change, "三公经费", c, line: 40);
        }

        if (growth is { } g)
        {
            builder.Claim(ClaimKind.Growth, "三公经费", g, line: 40);
        }

        return builder.Build();
    }

    [Fact]
    public void Change_StatedChangeAndGrowthConsistent_IsNoFinding()
    {
        var findings = TestRules.Check(Growth, Sangong(916.95m, 315.32m, 601.63m, 190.8m));

        Assert.Empty(findings);
    }

    [Fact]
    public void Change_GrowthOverZeroBase_IsAFinding()
    {
        var findings = TestRules.Check(Growth, Sangong(601.63m, 0.00m, null, 100m));

        var finding = Assert.Single(findings);
        Assert.Equal(100m, finding.Stated);
        Assert.Null(finding.Computed);
        Assert.Contains("增长率无意义", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_WrongGrowthRate_ReportsComputedRate()
    {
        var findings = TestRules.Check(Growth, Sangong(916.95m, 315.32m, null, 109.8m));

        var finding = Assert.Single(findings);
        Assert.Equal(109.8m, finding.Stated);
        Assert.Equal(190.8m, finding.Computed);
    }

    [Fact]
    public void Change_WrongChangeAmount_ReportsComputedChange()
    {
        var findings = TestRules.Check(Growth, Sangong(916.95m, 315.32m, 610.63m, null));

        var finding = Assert.Single(findings);
        Assert.Equal(610.63m, finding.Stated);
        Assert.Equal(601.63m, finding.Computed);
    }

    private static Document Execution(decimal actual, decimal budget, decimal? stated = null)
    {
        var builder = new DocumentBuilder().Table("summary", t => t.Key("expenditure.total", ("amount", actual), ("budget", budget)));
        if (stated is { } s)
        {
            builder.Claim(ClaimKind.ExecutionRate, "本年支出", s, line: 50);
        }

        return builder.Build();
    }

    [Theory]
    [InlineData("95.00", null)]
    [InlineData("100.00", null)]
    [InlineData("71.30", Severity.Warning)]
    [InlineData("50.00", Severity.Error)]
    [InlineData("105.00", Severity.Warning)]
    public void Rate_ExecutionRate_IsPlacedInFirstMatchingBand(string actual, Severity? expected)
    {
        var findings = TestRules.Check(ExecutionRate, Execution(decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture), 100.00m));

        if (expected is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(findings).Severity);
        }
    }

    [Fact]
    public void Rate_BandMessage_FillsRatePlaceholder()
    {
        var findings = TestRules.Check(ExecutionRate, Execution(50.00m, 100.00m));

        var finding = Assert.Single(findings);
        Assert.Matches(@"^执行率仅 50(\.0+)?%$", finding.Message);
        Assert.Equal(50m, finding.Computed);
    }

    [Fact]
    public void Rate_StatedRateMismatch_ReportsStatedAndComputed()
    {
        var findings = TestRules.Check(ExecutionRate, Execution(95.00m, 100.00m, 59.0m));

        var finding = Assert.Single(findings);
        Assert.Equal(59.0m, finding.Stated);
        Assert.Equal(95.00m, finding.Computed);
        Assert.Contains("≠", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_StatedRateAtPrintedPrecision_IsNoFinding()
    {
        var findings = TestRules.Check(ExecutionRate, Execution(917.02m, 960.00m, 95.5m));

        Assert.Empty(findings);
    }

    [Fact]
    public void Rate_ZeroBudgetWithSpending_IsAFinding()
    {
        var findings = TestRules.Check(ExecutionRate, Execution(10.00m, 0.00m));

        Assert.Contains("执行率无法计算", Assert.Single(findings).Message, StringComparison.Ordinal);
    }
}
