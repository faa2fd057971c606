using Compliance.Documents.Model;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.Kinds;
using Compliance.Rules.References;

namespace Compliance.Rules.Engine;

/// <summary>The result of checking one document against rule sets.</summary>
/// <param name="Document">The document's identity.</param>
/// <param name="RuleSets">Names and versions of the rule sets applied.</param>
/// <param name="Findings">Findings, most severe first.</param>
public sealed record CheckResult(DocumentInfo Document, IReadOnlyList<(string Name, string Version)> RuleSets, IReadOnlyList<Finding> Findings)
{
    /// <summary>Number of findings at a severity.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Process exit code of the findings contract: 0 nothing above info, 1 warnings only, 2 errors.</summary>
    public int ExitCode => Count(Severity.Error) > 0 ? 2 : Count(Severity.Warning) > 0 ? 1 : 0;
}

/// <summary>Runs compiled rule sets over documents. Stateless and thread-safe: one instance serves all checks.</summary>
public sealed class RuleEngine(EvaluationBudget? budget = null)
{
    private readonly EvaluationBudget budget = budget ?? EvaluationBudget.Default;

    /// <summary>Checks a document against every rule of every set.</summary>
    public CheckResult Check(Document document, IReadOnlyList<RuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(ruleSets);
        var findings = new List<Finding>();
        var index = new DocumentIndex(document);
        foreach (var set in ruleSets)
        {
            foreach (var rule in set.Rules)
            {
                Run(rule, index, findings);
            }
        }

        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleSet, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line ?? int.MaxValue)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(document.Info, ruleSets.Select(s => (s.Name, s.Version)).ToList(), ordered);
    }

    /// <summary>Findings of a single rule (used by rule test cases).</summary>
    internal IReadOnlyList<Finding> Run(CompiledRule rule, Document document)
    {
        var findings = new List<Finding>();
        Run(rule, new DocumentIndex(document), findings);
        return findings;
    }

    private void Run(CompiledRule rule, DocumentIndex document, List<Finding> findings)
    {
        var own = new List<Finding>();
        try
        {
            var ctx = new EvaluationContext(document, budget);
            if (rule.AppliesTo(ctx))
            {
                rule.Evaluate(ctx, own);
            }

            findings.AddRange(own);
        }
        catch (Exception ex) when (ex is EvaluationBudgetExceededException or ArithmeticException or InvalidCastException
            or NullReferenceException or InvalidOperationException or ArgumentException)
        {
            // One broken rule must not hide the findings of the others: report it and go on.
            findings.Add(new Finding
            {
                RuleId = rule.Info.Id,
                RuleSet = rule.Info.RuleSet,
                Severity = Severity.Error,
                Message = $"规则 {rule.Info.Id} 执行失败：{ex.Message}；其余规则已照常执行",
                Fix = "请检查该规则的表达式或参数（rules 目录下的规则文件）。",
            });
        }
    }
}
