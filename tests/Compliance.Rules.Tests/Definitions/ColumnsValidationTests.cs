using Compliance.Rules.Definitions;

namespace Compliance.Rules.Tests.Definitions;

public class ColumnsValidationTests
{
    [Fact]
    public void Load_ColumnsListsUnknownColumn_NamesRuleFieldAndColumn()
    {
        const string yaml = """
            WorkflowName: t
            Rules:
              - RuleName: grand
                Kind: sum
                Columns: [total, fscal]
                Total: income[total].*
                Parts: income[类].*
            """;

        var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.Parse(System.Text.Encoding.UTF8.GetBytes(yaml), "cols.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("cols.yaml", error, StringComparison.Ordinal);
        Assert.Contains("grand", error, StringComparison.Ordinal);
        Assert.Contains("Columns", error, StringComparison.Ordinal);
        Assert.Contains("fscal", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HierarchyWithUnknownColumn_IsRefused()
    {
        const string yaml = """
            WorkflowName: t
            Rules:
              - RuleName: tree
                Kind: sum
                Hierarchy: expenditure
                Columns: [total, amount]
            """;

        var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.Parse(System.Text.Encoding.UTF8.GetBytes(yaml), "tree.yaml"));

        Assert.Contains(ex.Errors, e => e.Contains("amount", StringComparison.Ordinal) && e.Contains("expenditure", StringComparison.Ordinal));
    }
}
