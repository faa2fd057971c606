using System.Text;
using Compliance.Rules.Definitions;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Definitions;

/// <summary>Rule files built to exhaust the loader — alias bombs, deep nesting, runaway references — are refused at load, naming why.</summary>
public class HostileRuleFileTests
{
    private const string HonestRule = """
        Rules:
          - RuleName: honest
            Kind: sum
            Total: summary[income.total].amount
            Parts: summary[income.general, income.other].amount
        """;

    [Fact]
    public void Parse_BillionLaughsAliasBomb_IsRefusedBeforeExpansion()
    {
        var yaml = new StringBuilder("WorkflowName: bomb\nParameters:\n  l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");
        }

        var errors = TestRules.LoadErrors(yaml + HonestRule);

        Assert.Contains("别名炸弹", errors, StringComparison.Ordinal);
        Assert.Contains(TestRules.Source, errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AliasBombInParts_IsRefused()
    {
        var yaml = new StringBuilder("WorkflowName: bomb\nRules:\n");
        yaml.Append("  - RuleName: p0\n    Kind: sum\n    Total: summary[income.total].amount\n    Parts: &p0 ['summary[a].amount', 'summary[b].amount', 'summary[c].amount', 'summary[d].amount']\n");
        for (var i = 1; i <= 12; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"  - RuleName: p{i}\n    Kind: sum\n    Total: summary[income.total].amount\n    Parts: &p{i} [{string.Join(", ", Enumerable.Repeat($"*p{i - 1}", 4))}]\n");
        }

        Assert.Contains("别名炸弹", TestRules.LoadErrors(yaml.ToString()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(40)]
    public void Parse_DeeplyNestedFlowSequences_IsRefusedNamingTheDepth(int depth)
    {
        var yaml = $"WorkflowName: deep\nParameters:\n  p: {new string('[', depth)}{new string(']', depth)}\n" + HonestRule;

        var errors = TestRules.LoadErrors(yaml);

        Assert.Contains($"嵌套超过 {YamlShape.MaxDepth} 层", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyNestedBlockMappings_IsRefusedNamingTheDepth()
    {
        var yaml = new StringBuilder("WorkflowName: deep\nParameters:\n");
        for (var i = 0; i < 200; i++)
        {
            yaml.Append(' ', 2 * (i + 1)).Append(System.Globalization.CultureInfo.InvariantCulture, $"k{i}:\n");
        }

        yaml.Append(' ', 402).Append("v\n");

        Assert.Contains("嵌套超过", TestRules.LoadErrors(yaml + HonestRule), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnchorSharedBetweenRules_StillLoads()
    {
        var yaml = """
            WorkflowName: shared
            Rules:
              - RuleName: first
                Kind: sum
                Total: summary[income.total].amount
                Parts: &parts
                  - summary[income.general].amount
                  - summary[income.other].amount
              - RuleName: second
                Kind: sum
                Total: summary[expenditure.total].amount
                Parts: *parts
            """;

        var set = TestRules.Load(yaml);

        Assert.Equal(2, set.Rules.Count);
    }

    [Fact]
    public void Parse_ManyRulesJustUnderTheByteLimit_LoadsOrIsRefusedByTheRuleLimit()
    {
        var yaml = new StringBuilder("WorkflowName: many\nRules:\n");
        var i = 0;
        while (yaml.Length < RuleSetLoader.MaxFileBytes - 200)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - RuleName: r{i++}\n    Kind: expression\n    Expression: summary[income.total].amount > 0\n");
        }

        var errors = TestRules.LoadErrors(yaml.ToString());

        Assert.Contains(RuleSetLoader.MaxRules.ToString(System.Globalization.CultureInfo.InvariantCulture), errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LocalParamReferringToItself_IsRefused()
    {
        var yaml = """
            WorkflowName: loop
            Rules:
              - RuleName: self
                Kind: expression
                LocalParams:
                  - Name: a
                    Expression: a + 1
                Expression: a > 0
            """;

        var errors = TestRules.LoadErrors(yaml);

        Assert.Contains("self", errors, StringComparison.Ordinal);
        Assert.Contains("LocalParams", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""HttpClient.GetStringAsync("http://example.com")""")]
    [InlineData("""System.Net.Dns.GetHostEntry("example.com")""")]
    [InlineData("AppDomain.CurrentDomain")]
    [InlineData("GC.AllocateUninitializedArray(2147483647)")]
    [InlineData("new decimal[2147483647]")]
    [InlineData("Enumerable.Range(0, 2147483647).Count()")]
    [InlineData("""string.Concat(Enumerable.Repeat("x", 2147483647))""")]
    [InlineData("""Type.GetType("System.IO.File")""")]
    [InlineData("""Marshal.AllocHGlobal(2147483647)""")]
    [InlineData("""Console.ReadLine()""")]
    public void Load_NetworkReflectionOrAllocation_IsRefusedAtLoad(string expression)
    {
        var errors = TestRules.LoadErrors(TestRules.ExpressionRule(expression));

        Assert.Contains("规则 rule", errors, StringComparison.Ordinal);
        Assert.Contains("Expression", errors, StringComparison.Ordinal);
    }
}
