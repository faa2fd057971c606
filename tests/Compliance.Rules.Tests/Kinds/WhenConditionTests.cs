using Compliance.Documents.Model;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Kinds;

public class WhenConditionTests
{
    private const string BudgetOnly = """
        WorkflowName: structure
        Rules:
          - RuleName: budget-tables
            Kind: required
            When: kind == 'Budget'
            Tables: [sangong]
        """;

    [Fact]
    public void When_ConditionFalse_RuleDoesNotRun()
    {
        var document = new DocumentBuilder().Build() with
        {
            Info = new DocumentInfo { Department = "d", Year = 2020, Kind = DocumentKind.FinalAccounts },
        };

        Assert.Empty(TestRules.Check(BudgetOnly, document));
    }

    [Fact]
    public void When_ConditionTrue_RuleRuns()
    {
        var document = new DocumentBuilder().Build() with
        {
            Info = new DocumentInfo { Department = "d", Year = 2020, Kind = DocumentKind.Budget },
        };

        Assert.Single(TestRules.Check(BudgetOnly, document));
    }

    [Fact]
    public void When_NotBoolean_IsRefusedNamingTheField()
    {
        var errors = TestRules.LoadErrors(BudgetOnly.Replace("kind == 'Budget'", "year + 1", StringComparison.Ordinal));

        Assert.Contains("字段 When", errors, StringComparison.Ordinal);
    }
}
