using Compliance.Documents.Model;
using Compliance.Rules.Findings;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Kinds;

/// <summary><c>sum</c>: fixed cells, a column formula for each row, <c>Columns</c> with <c>.*</c>, and the 类/款/项 hierarchy.</summary>
public class SumRuleTests
{
    [Fact]
    public void Sum_PartsExceedTotal_ReportsErrorWithEveryFindingField()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: summary.income-total
                Kind: sum
                Severity: error
                Total: summary[income.total].amount
                Parts: summary[income.general, income.other].amount
            """;
        var document = new DocumentBuilder().Table("summary", t =>
        {
            t.Title = "2020年收入支出决算总表";
            t.Column("amount", "决算数", "1");
            t.Row(new Row { Key = "income.total", Name = "本年收入合计", LineNo = "9", SourceLine = 42 }, ("amount", 917.02m));
            t.Key("income.general", ("amount", 900.00m));
            t.Key("income.other", ("amount", 18.02m));
        }).Build();

        var finding = Assert.Single(TestRules.Check(yaml, document));

        Assert.Equal("totals.summary.income-total", finding.RuleId);
        Assert.Equal("totals", finding.RuleSet);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(917.02m, finding.Stated);
        Assert.Equal(918.02m, finding.Computed);
        Assert.Equal("2020年收入支出决算总表", finding.Location.Table);
        Assert.Equal("本年收入合计（9行）", finding.Location.Row);
        Assert.Equal("决算数（1栏）", finding.Location.Column);
        Assert.Equal(42, finding.Location.Line);
        Assert.Contains("917.02", finding.Message, StringComparison.Ordinal);
        Assert.Contains("918.02", finding.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Fix));
    }

    [Fact]
    public void Sum_RowWithoutSourceLine_FallsBackToTableLine()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: r
                Kind: sum
                Total: summary[income.total].amount
                Parts: summary[income.general].amount
            """;
        var document = new DocumentBuilder().Table("summary", t =>
        {
            t.SourceLine = 7;
            t.Key("income.total", ("amount", 10.00m));
            t.Key("income.general", ("amount", 9.00m));
        }).Build();

        Assert.Equal(7, Assert.Single(TestRules.Check(yaml, document)).Location.Line);
    }

    [Fact]
    public void Sum_PartRowAbsent_IsIgnoredButPresentPartsStillChecked()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: r
                Kind: sum
                Total: summary[income.total].amount
                Parts: summary[income.general, income.fund, income.other].amount
            """;
        var document = new DocumentBuilder().Table("summary", t => t
            .Key("income.total", ("amount", 917.02m))
            .Key("income.general", ("amount", 900.00m))
            .Key("income.other", ("amount", 17.02m)))
            .Build();

        Assert.Empty(TestRules.Check(yaml, document));
    }

    [Fact]
    public void Sum_TableAbsent_IsNoFinding()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: r
                Kind: sum
                Total: summary[income.total].amount
                Parts: summary[income.general].amount
            """;

        Assert.Empty(TestRules.Check(yaml, DocumentBuilder.Empty));
    }

    private const string IncomeColumnsPerRow = """
        WorkflowName: totals
        Rules:
          - RuleName: income.columns
            Kind: sum
            Total: income[*].total
            Parts:
              - income[*].fiscal
              - income[*].other
        """;

    [Fact]
    public void Sum_PerRowFormula_ReportsOnlyTheRowThatDoesNotAdd()
    {
        var document = new DocumentBuilder().Table("income", t => t
            .Key("total", ("total", 864.13m), ("fiscal", 856.77m), ("other", 7.36m))
            .Code("201", ("total", 836.77m), ("fiscal", 836.77m))
            .Code("208", ("total", 27.36m), ("fiscal", 20.00m), ("other", 7.63m)))
            .Build();

        var finding = Assert.Single(TestRules.Check(IncomeColumnsPerRow, document));

        Assert.Equal("208 社会保障和就业支出", finding.Location.Row);
        Assert.Equal("本年收入合计", finding.Location.Column);
        Assert.Equal(27.36m, finding.Stated);
        Assert.Equal(27.63m, finding.Computed);
    }

    [Fact]
    public void Sum_PerRowFormulaAllRowsAdd_IsNoFinding()
    {
        var document = new DocumentBuilder().Table("income", t => t
            .Code("201", ("total", 836.77m), ("fiscal", 836.77m))
            .Code("208", ("total", 27.36m), ("fiscal", 20.00m), ("other", 7.36m)))
            .Build();

        Assert.Empty(TestRules.Check(IncomeColumnsPerRow, document));
    }

    private const string SangongBothColumns = """
        WorkflowName: totals
        Rules:
          - RuleName: sangong.composition
            Kind: sum
            Columns: [budget, final]
            Total: sangong[total].*
            Parts: sangong[abroad, vehicle, reception].*
        """;

    [Fact]
    public void Sum_ColumnsWithStar_ChecksEachListedColumn()
    {
        var document = new DocumentBuilder().Table("sangong", t => t
            .Key("total", ("budget", 28.60m), ("final", 1.96m))
            .Key("abroad", ("budget", 0.00m), ("final", 0.00m))
            .Key("vehicle", ("budget", 28.10m), ("final", 0.96m))
            .Key("reception", ("budget", 0.50m), ("final", 0.50m)))
            .Build();

        var finding = Assert.Single(TestRules.Check(SangongBothColumns, document));

        Assert.Equal("决算数", finding.Location.Column);
        Assert.Equal(1.96m, finding.Stated);
        Assert.Equal(1.46m, finding.Computed);
    }

    private const string ExpenditureHierarchy = """
        WorkflowName: totals
        Rules:
          - RuleName: expenditure.hierarchy
            Kind: sum
            Hierarchy: expenditure
            Columns: [total, basic]
        """;

    [Fact]
    public void Sum_HierarchyConsistent_IsNoFinding()
    {
        var document = new DocumentBuilder().Table("expenditure", t => t
            .Key("total", ("total", 53.06m))
            .Code("210", ("total", 17.36m), ("basic", 17.36m))
            .Code("21011", ("total", 17.36m), ("basic", 17.36m))
            .Code("2101101", ("total", 9.82m), ("basic", 9.82m))
            .Code("2101103", ("total", 7.54m), ("basic", 7.54m))
            .Code("221", ("total", 35.70m))
            .Code("22102", ("total", 35.70m))
            .Code("2210201", ("total", 31.77m))
            .Code("2210202", ("total", 3.93m)))
            .Build();

        Assert.Empty(TestRules.Check(ExpenditureHierarchy, document));
    }

    [Fact]
    public void Sum_HierarchyClassNotSumOfItsKuan_ReportsTheClassRow()
    {
        var document = new DocumentBuilder().Table("expenditure", t => t
            .Code("210", ("total", 17.19m))
            .Code("21011", ("total", 16.09m))
            .Code("21099", ("total", 1.01m)))
            .Build();

        var finding = Assert.Single(TestRules.Check(ExpenditureHierarchy, document));

        Assert.Equal("210 卫生健康支出", finding.Location.Row);
        Assert.Equal(17.19m, finding.Stated);
        Assert.Equal(17.10m, finding.Computed);
    }

    [Fact]
    public void Sum_HierarchyKuanNotSumOfItsXiang_ReportsTheKuanRowInThatColumn()
    {
        var document = new DocumentBuilder().Table("expenditure", t => t
            .Code("221", ("total", 35.70m), ("basic", 35.70m))
            .Code("22102", ("total", 35.70m), ("basic", 35.70m))
            .Code("2210201", ("total", 31.77m), ("basic", 31.77m))
            .Code("2210202", ("total", 3.93m), ("basic", 3.39m)))
            .Build();

        var finding = Assert.Single(TestRules.Check(ExpenditureHierarchy, document));

        Assert.StartsWith("22102", finding.Location.Row, StringComparison.Ordinal);
        Assert.Equal("基本支出", finding.Location.Column);
        Assert.Equal(35.16m, finding.Computed);
    }

    [Fact]
    public void Sum_ErrorMessageTemplate_FillsStatedComputedAndCellPlaceholders()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: r
                Kind: sum
                ErrorMessage: "{table} {row} {column}: {stated} ≠ {parts}{computed}，差 {difference}"
                Total: summary[income.total].amount
                Parts: summary[income.general, income.other].amount
            """;
        var document = new DocumentBuilder().Table("summary", t => t
            .Key("income.total", ("amount", 918.02m))
            .Key("income.general", ("amount", 900.00m))
            .Key("income.other", ("amount", 17.02m)))
            .Build();

        var finding = Assert.Single(TestRules.Check(yaml, document));

        Assert.Equal("收入支出决算总表 本年收入合计 金额: 918.02 ≠ 一般公共预算财政拨款收入 900.00 + 其他收入 17.02 = 917.02，差 1.00", finding.Message);
    }
}
