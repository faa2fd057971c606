using Compliance.Rules.Engine;
using Compliance.Rules.Findings;
using Compliance.Rules.Testing;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Engine;

/// <summary>The engine runs every enabled rule of every set, orders findings and derives the exit code.</summary>
public class RuleEngineTests
{
    private const string MixedSeverities = """
        WorkflowName: mixed
        Rules:
          - RuleName: info-rule
            Kind: expression
            Severity: info
            Expression: 1 > 2
          - RuleName: error-rule
            Kind: expression
            Severity: error
            Expression: 1 > 2
          - RuleName: warning-rule
            Kind: expression
            Severity: warning
            Expression: 1 > 2
        """;

    [Fact]
    public void Check_Findings_AreOrderedMostSevereFirst()
    {
        var findings = TestRules.Check(MixedSeverities, DocumentBuilder.Empty);

        Assert.Equal([Severity.Error, Severity.Warning, Severity.Info], findings.Select(f => f.Severity));
    }

    [Fact]
    public void Check_ResultNamesRuleSetsWithVersionsAndDocument()
    {
        var set = TestRules.Load(MixedSeverities);

        var result = new RuleEngine().Check(DocumentBuilder.Empty, [set]);

        var (name, version) = Assert.Single(result.RuleSets);
        Assert.Equal("mixed", name);
        Assert.Equal(set.Version, version);
        Assert.Equal("测试部门", result.Document.Department);
        Assert.Equal(1, result.Count(Severity.Error));
    }

    [Theory]
    [InlineData("error", 2)]
    [InlineData("warning", 1)]
    [InlineData("info", 0)]
    public void ExitCode_FollowsMostSevereFinding(string severity, int exitCode)
    {
        var yaml = TestRules.ExpressionRule("1 > 2", extra: $"Severity: {severity}");

        var result = new RuleEngine().Check(DocumentBuilder.Empty, [TestRules.Load(yaml)]);

        Assert.Equal(exitCode, result.ExitCode);
    }

    [Fact]
    public void Check_SameDocumentTwice_GivesSameFindings()
    {
        var set = TestRules.Load(MixedSeverities);
        var engine = new RuleEngine();

        var first = engine.Check(DocumentBuilder.Empty, [set]).Findings;
        var second = engine.Check(DocumentBuilder.Empty, [set]).Findings;

        Assert.Equal(first, second);
    }

    [Fact]
    public void RuleTestRunner_CaseThatDoesNotBehaveAsExpected_IsReportedAsFailed()
    {
        var yaml = """
            WorkflowName: tested
            Rules:
              - RuleName: income-total
                Kind: sum
                Total: summary[income.total].amount
                Parts: summary[income.general].amount
                Tests:
                  - Name: 平衡
                    Expect: pass
                    Cells: { "summary[income.total].amount": "10.00", "summary[income.general].amount": "10.00" }
                  - Name: 写错的用例
                    Expect: fail
                    Cells: { "summary[income.total].amount": "10.00", "summary[income.general].amount": "10.00" }
            """;

        var results = RuleTestRunner.Run(TestRules.Load(yaml));

        Assert.Equal(2, results.Count);
        Assert.True(results.Single(r => r.Name == "平衡").Passed);
        var wrong = results.Single(r => r.Name == "写错的用例");
        Assert.False(wrong.Passed);
        Assert.Equal("tested.income-total", wrong.RuleId);
        Assert.False(string.IsNullOrEmpty(wrong.Detail));
    }

    [Fact]
    public void RuleTestRunner_DocumentFragmentCase_BuildsProjectsFromJson()
    {
        var yaml = """
            WorkflowName: tested
            Rules:
              - RuleName: has-projects
                Kind: expression
                Expression: count(projects) > 0
                Tests:
                  - Expect: pass
                    Document: '{ "projects": [ { "name": "甲", "currentYearBudget": 1.00 } ] }'
                  - Expect: fail
                    Document: '{ "projects": [] }'
            """;

        var results = RuleTestRunner.Run(TestRules.Load(yaml));

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.Passed, r.Detail));
    }
}
