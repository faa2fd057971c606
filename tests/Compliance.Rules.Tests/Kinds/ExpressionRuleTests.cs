using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Kinds;

/// <summary><c>expression</c>: RulesEngine-style rules with LocalParams, parameters, Stated/Computed/Location and message templates.</summary>
public class ExpressionRuleTests
{
    private static Document ThreeProjects(decimal? third = 30.00m) => new DocumentBuilder()
        .Table("projectExpenditure", t => t.Row(new Row { Key = "total", Name = "合计", SourceLine = 77 }, ("amount", 100.00m)))
        .Project(new Project { Name = "甲", CurrentYearBudget = 50.00m, Indicators = [new Indicator { Level1 = "产出", Name = "数量" }] })
        .Project(new Project { Name = "乙", CurrentYearBudget = 20.00m, Indicators = [new Indicator { Level1 = "效益", Name = "社会效益" }] })
        .Project(new Project { Name = "丙", CurrentYearBudget = third })
        .Build();

    private const string ProjectsAddUp = """
        WorkflowName: projects
        Parameters:
          maxGap: 0
        Rules:
          - RuleName: total
            Kind: expression
            Severity: warning
            LocalParams:
              - Name: listed
                Expression: sum(projects, p => p.currentYearBudget)
              - Name: printed
                Expression: projectExpenditure[total].amount
              - Name: gap
                Expression: abs(printed - listed)
            Expression: gap <= $maxGap
            Stated: printed
            Computed: listed
            Location: projectExpenditure[total].amount
            ErrorMessage: 项目支出表合计 {stated} ≠ 各项目之和 {computed}（差 {gap}，{printed} vs {listed}）
        """;

    [Fact]
    public void Expression_LocalParamsChainedAndReferencedByExpression_PassWhenConsistent()
    {
        Assert.Empty(TestRules.Check(ProjectsAddUp, ThreeProjects()));
    }

    [Fact]
    public void Expression_Violated_ReportsFilledMessageStatedComputedAndLocation()
    {
        var finding = Assert.Single(TestRules.Check(ProjectsAddUp, ThreeProjects(third: 20.00m)));

        Assert.Equal("projects.total", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("项目支出表合计 100.00 ≠ 各项目之和 90.00（差 10.00，100.00 vs 90.00）", finding.Message);
        Assert.Equal(100.00m, finding.Stated);
        Assert.Equal(90.00m, finding.Computed);
        Assert.Equal("项目支出表", finding.Location.Table);
        Assert.Equal("合计", finding.Location.Row);
        Assert.Equal(77, finding.Location.Line);
    }

    [Fact]
    public void Expression_ParameterOverriddenFromSettings_ChangesTheOutcome()
    {
        var set = TestRules.Load(ProjectsAddUp, new Dictionary<string, string> { ["maxGap"] = "15" });

        var findings = new RuleEngine().Check(ThreeProjects(third: 20.00m), [set]).Findings;

        Assert.Empty(findings);
    }

    [Fact]
    public void Expression_BlankLocalInMessage_IsPrintedAsBlank()
    {
        var yaml = TestRules.ExpressionRule("x != null", extra: """
            LocalParams:
              - Name: x
                Expression: sangong[total].final
            ErrorMessage: 三公经费合计为{x}
            """);

        Assert.Equal("三公经费合计为空白", Assert.Single(TestRules.Check(yaml, DocumentBuilder.Empty)).Message);
    }

    [Fact]
    public void Expression_WithoutErrorMessage_UsesDescription()
    {
        var yaml = TestRules.ExpressionRule("all(projects, p => any(p.indicators, i => i.level1 == '产出'))", extra: """
            Description: 每个项目都有产出指标
            """);

        var finding = Assert.Single(TestRules.Check(yaml, ThreeProjects()));

        Assert.Equal("每个项目都有产出指标", finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Expression_Disabled_DoesNotRun()
    {
        var yaml = TestRules.ExpressionRule("1 > 2", extra: "Enabled: false");

        var set = TestRules.Load(yaml);

        Assert.Empty(new RuleEngine().Check(DocumentBuilder.Empty, [set]).Findings);
        Assert.False(Assert.Single(set.Summaries).Enabled);
    }

    [Fact]
    public void Expression_LocalParamReferringToLaterLocal_IsRefused()
    {
        var yaml = TestRules.ExpressionRule("a > 0", extra: """
            LocalParams:
              - Name: a
                Expression: b + 1
              - Name: b
                Expression: "1"
            """);

        var errors = TestRules.LoadErrors(yaml);

        Assert.Contains("字段 LocalParams[0].Expression", errors, StringComparison.Ordinal);
        Assert.Contains("b", errors, StringComparison.Ordinal);
    }
}
