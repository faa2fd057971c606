using Compliance.Documents.Model;
using Compliance.Rules.Findings;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Kinds;

/// <summary><c>equal</c>: the same quantity in two places, fixed cells or rows matched by 科目编码 across tables.</summary>
public class EqualRuleTests
{
    private const string ClassesAcrossTables = """
        WorkflowName: totals
        Rules:
          - RuleName: summary-vs-expenditure.classes
            Kind: equal
            Left: summary[@*].amount
            Right: expenditure[@*].total
        """;

    [Fact]
    public void Equal_CodeMatchingAcrossTables_ReportsOnlyTheMismatchedCode()
    {
        var document = new DocumentBuilder()
            .Table("summary", t => t
                .Key("expenditure.total", ("amount", 917.02m))
                .Code("201", ("amount", 836.77m))
                .Code("221", ("amount", 35.70m)))
            .Table("expenditure", t => t
                .Key("total", ("total", 917.02m))
                .Code("221", ("total", 53.70m))
                .Code("201", ("total", 836.77m)))
            .Build();

        var finding = Assert.Single(TestRules.Check(ClassesAcrossTables, document));

        Assert.Equal("totals.summary-vs-expenditure.classes", finding.RuleId);
        Assert.Equal("221 住房保障支出", finding.Location.Row);
        Assert.Equal(35.70m, finding.Stated);
        Assert.Equal(53.70m, finding.Computed);
    }

    [Fact]
    public void Equal_CodeMissingFromOtherTable_IsNoFinding()
    {
        var document = new DocumentBuilder()
            .Table("summary", t => t.Code("201", ("amount", 836.77m)))
            .Table("expenditure", t => t.Code("208", ("total", 27.36m)))
            .Build();

        Assert.Empty(TestRules.Check(ClassesAcrossTables, document));
    }

    private const string FixedCells = """
        WorkflowName: totals
        Rules:
          - RuleName: summary-vs-income
            Kind: equal
            Severity: warning
            Left: summary[income.total].amount
            Right: income[total].total
        """;

    [Fact]
    public void Equal_FixedCellsDiffer_ReportsAtRuleSeverityPointingAtLeftCell()
    {
        var document = new DocumentBuilder()
            .Table("summary", t => t.Row(new Row { Key = "income.total", Name = "本年收入合计", SourceLine = 11 }, ("amount", 917.02m)))
            .Table("income", t => t.Key("total", ("total", 971.02m)))
            .Build();

        var finding = Assert.Single(TestRules.Check(FixedCells, document));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("收入支出决算总表", finding.Location.Table);
        Assert.Equal(11, finding.Location.Line);
        Assert.Contains("收入决算表", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_OneSideAbsent_IsNoFinding()
    {
        var document = new DocumentBuilder().Table("summary", t => t.Key("income.total", ("amount", 917.02m))).Build();

        Assert.Empty(TestRules.Check(FixedCells, document));
    }

    [Fact]
    public void Equal_ExpressionOperand_ComparesComputedValue()
    {
        var yaml = """
            WorkflowName: projects
            Rules:
              - RuleName: projects-vs-table
                Kind: equal
                Left: projectExpenditure[total].amount
                Right: sum(projects, p => p.currentYearBudget)
            """;
        var document = new DocumentBuilder()
            .Table("projectExpenditure", t => t.Key("total", ("amount", 439.47m)))
            .Project(new Project { Name = "甲", CurrentYearBudget = 400.00m })
            .Project(new Project { Name = "乙", CurrentYearBudget = 30.00m })
            .Build();

        var finding = Assert.Single(TestRules.Check(yaml, document));

        Assert.Equal(439.47m, finding.Stated);
        Assert.Equal(430.00m, finding.Computed);
    }

    [Fact]
    public void Equal_ToleranceParameter_AbsorbsSmallDifference()
    {
        var yaml = """
            WorkflowName: totals
            Parameters:
              slack: 0.05
            Rules:
              - RuleName: r
                Kind: equal
                Tolerance: $slack
                Left: summary[income.grand].amount
                Right: summary[expenditure.grand].amount
            """;
        var document = new DocumentBuilder().Table("summary", t => t
            .Key("income.grand", ("amount", 100.00m))
            .Key("expenditure.grand", ("amount", 100.04m)))
            .Build();

        var findings = TestRules.Check(yaml, document);

        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }
}
