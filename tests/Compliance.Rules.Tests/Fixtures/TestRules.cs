using System.Text;
using Compliance.Documents.Model;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;

namespace Compliance.Rules.Tests.Fixtures;

/// <summary>Loads rule sets from YAML text and runs them, the way the service does.</summary>
internal static class TestRules
{
    public const string Source = "rules/test.yaml";

    public static RuleSet Load(string yaml, IReadOnlyDictionary<string, string>? overrides = null, string source = Source) =>
        RuleSetLoader.Parse(Encoding.UTF8.GetBytes(yaml), source, overrides is null ? null : _ => overrides);

    /// <summary>Loads YAML that must be refused; returns every error line joined.</summary>
    public static string LoadErrors(string yaml, IReadOnlyDictionary<string, string>? overrides = null, string source = Source)
    {
        var ex = Assert.Throws<RuleSetLoadException>(() => Load(yaml, overrides, source));
        Assert.NotEmpty(ex.Errors);
        return string.Join("\n", ex.Errors);
    }

    public static IReadOnlyList<Finding> Check(string yaml, Document document, EvaluationBudget? budget = null) =>
        new RuleEngine(budget).Check(document, [Load(yaml)]).Findings;

    /// <summary>A one-rule set of kind <c>expression</c>; the expression goes in a YAML block scalar so any quote is literal.</summary>
    public static string ExpressionRule(string expression, string ruleName = "rule", string extra = "", string parameters = "") => $"""
        WorkflowName: test
        {(parameters.Length > 0 ? "Parameters:\n" + Indent(parameters, 2) : "")}
        Rules:
          - RuleName: {ruleName}
            Kind: expression
        {Indent(extra, 4)}
            Expression: |-
              {expression}
        """;

    /// <summary>Compiles an expression directly, with optional rule-set parameters.</summary>
    public static CompiledExpression Compile(string source, IReadOnlyDictionary<string, object>? parameters = null) =>
        new ExpressionCompiler(parameters ?? new Dictionary<string, object>(), []).Compile(source);

    public static object? Evaluate(string source, Document? document = null, IReadOnlyDictionary<string, object>? parameters = null) =>
        Compile(source, parameters).Evaluate(new EvaluationContext(document ?? DocumentBuilder.Empty, EvaluationBudget.Default));

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Where(l => l.Length > 0).Select(l => new string(' ', spaces) + l));
}
