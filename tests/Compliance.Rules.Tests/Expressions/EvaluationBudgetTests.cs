using Compliance.Documents.Model;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Expressions;

/// <summary>Runaway evaluation is stopped by the step and time budget and reported as one failed rule; the others still run.</summary>
public class EvaluationBudgetTests
{
    private const string RunawayAndHonestRules = """
        WorkflowName: budget
        Rules:
          - RuleName: runaway
            Kind: expression
            Expression: sum(projects, a => sum(projects, b => sum(projects, c => sum(projects, d => 1)))) > 0
          - RuleName: honest
            Kind: sum
            Total: summary[income.total].amount
            Parts: summary[income.general, income.other].amount
        """;

    private static Document TwoHundredProjectsAndAnUnbalancedTotal() => new DocumentBuilder()
        .Projects(Enumerable.Range(1, 200).Select(i => new Project { Name = $"项目{i}", CurrentYearBudget = 1m }))
        .Table("summary", t => t
            .Key("income.total", ("amount", 918.02m))
            .Key("income.general", ("amount", 900.00m))
            .Key("income.other", ("amount", 17.02m)))
        .Build();

    [Fact]
    public void Check_NestedSumsOverTwoHundredProjects_AreStoppedAsOneFailedRuleFinding()
    {
        // The step limit is under test: a time limit generous enough that a loaded machine cannot hit it first.
        var stepsOnly = EvaluationBudget.Default with { MaxTime = TimeSpan.FromMinutes(5) };

        var findings = TestRules.Check(RunawayAndHonestRules, TwoHundredProjectsAndAnUnbalancedTotal(), stepsOnly);

        var failure = Assert.Single(findings, f => f.RuleId == "budget.runaway");
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.StartsWith("规则 budget.runaway 执行失败", failure.Message, StringComparison.Ordinal);
        Assert.Contains("步上限", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RunawayRuleInSet_OtherRulesStillReportTheirFindings()
    {
        var findings = TestRules.Check(RunawayAndHonestRules, TwoHundredProjectsAndAnUnbalancedTotal());

        var honest = Assert.Single(findings, f => f.RuleId == "budget.honest");
        Assert.Equal(918.02m, honest.Stated);
        Assert.Equal(917.02m, honest.Computed);
    }

    [Fact]
    public void Check_RuleExceedingTimeBudget_IsStoppedWithTimeoutMessage()
    {
        var budget = new EvaluationBudget(long.MaxValue, TimeSpan.FromMilliseconds(50));

        var findings = TestRules.Check(RunawayAndHonestRules, TwoHundredProjectsAndAnUnbalancedTotal(), budget);

        var failure = Assert.Single(findings, f => f.RuleId == "budget.runaway");
        Assert.Contains("超时", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_BeyondMaxSteps_ThrowsBudgetExceeded()
    {
        var ctx = new EvaluationContext(DocumentBuilder.Empty, new EvaluationBudget(3, TimeSpan.FromSeconds(10)));
        ctx.Step();
        ctx.Step();
        ctx.Step();

        Assert.Throws<EvaluationBudgetExceededException>(ctx.Step);
    }

    [Fact]
    public void Check_DivideByZero_YieldsBlankNotAnException()
    {
        var yaml = TestRules.ExpressionRule("1 / 0 == null && 5 % 0 == null");

        var findings = TestRules.Check(yaml, DocumentBuilder.Empty);

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_DecimalOverflow_IsReportedAsRuleFailureNotACrash()
    {
        var yaml = """
            WorkflowName: overflow
            Rules:
              - RuleName: huge
                Kind: expression
                Expression: 79228162514264337593543950335 * 10 > 0
              - RuleName: fine
                Kind: expression
                Expression: 1 > 2
            """;

        var findings = TestRules.Check(yaml, DocumentBuilder.Empty);

        var failure = Assert.Single(findings, f => f.RuleId == "overflow.huge");
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.StartsWith("规则 overflow.huge 执行失败", failure.Message, StringComparison.Ordinal);
        Assert.Contains("超出 decimal 的范围", failure.Message, StringComparison.Ordinal);
        Assert.Single(findings, f => f.RuleId == "overflow.fine");
    }
}
