using System.Collections.ObjectModel;
using Compliance.Documents.Model;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.Kinds;
using Compliance.Rules.Linking;
using Compliance.Rules.References;

namespace Compliance.Rules.Engine;

/// <summary>The result of checking one document against rule sets.</summary>
/// <param name="Document">The document's identity.</param>
/// <param name="RuleSets">Names and versions of the rule sets applied.</param>
/// <param name="Findings">Findings, most severe first.</param>
public sealed record CheckResult(DocumentInfo Document, IReadOnlyList<(string Name, string Version)> RuleSets, IReadOnlyList<Finding> Findings)
{
    /// <summary>The other documents a cross-document check compared this one with (empty for a single document).</summary>
    public IReadOnlyList<DocumentInfo> Linked { get; init; } = [];

    /// <summary>Number of findings at a severity.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Process exit code of the findings contract: 0 nothing above info, 1 warnings only, 2 errors.</summary>
    public int ExitCode => Count(Severity.Error) > 0 ? 2 : Count(Severity.Warning) > 0 ? 1 : 0;
}

/// <summary>Runs compiled rule sets over documents. Stateless and thread-safe: one instance serves all checks.</summary>
public sealed class RuleEngine(EvaluationBudget? budget = null)
{
    private readonly EvaluationBudget budget = budget ?? EvaluationBudget.Default;

    /// <summary>Checks a document against every rule of every single-document set (pair and series sets are skipped).</summary>
    public CheckResult Check(Document document, IReadOnlyList<RuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(ruleSets);
        var applied = ruleSets.Where(s => s.Scope == RuleScope.Document).ToList();
        var findings = new List<Finding>();
        var ctx = new EvaluationContext(new DocumentIndex(document), budget);
        foreach (var rule in applied.SelectMany(s => s.Rules))
        {
            Run(rule, ctx, findings);
        }

        return new CheckResult(document.Info, applied.Select(s => (s.Name, s.Version)).ToList(), Order(findings));
    }

    /// <summary>
    /// Checks a linked pair or series against the rule sets of its scope. Every finding names the document its
    /// place is in, and the other document (<see cref="Finding.Related"/>) it was compared with.
    /// </summary>
    public CheckResult Check(DocumentLink link, IReadOnlyList<RuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(ruleSets);
        var applied = ruleSets.Where(s => s.Scope == link.Scope).ToList();
        var findings = new List<Finding>();
        // One context for the whole check: the linked documents' lookups are built once, not once per rule.
        var ctx = new EvaluationContext(new DocumentIndex(link.Checked), budget) { Linked = link.Roles };
        foreach (var rule in applied.SelectMany(s => s.Rules))
        {
            Run(rule, ctx, findings);
        }

        var own = DocumentNames.Of(link.Checked.Info);
        var other = DocumentNames.Of(link.Other.Info);
        // Each finding names the document its place is in and, as Related, the document it was compared with.
        var named = findings.Select(f =>
        {
            var at = f.Location.Document ?? own;
            return f with
            {
                Location = f.Location with { Document = at },
                Related = f.Related ?? new Location { Document = at == own ? other : own },
            };
        }).ToList();
        return new CheckResult(link.Checked.Info, applied.Select(s => (s.Name, s.Version)).ToList(), Order(named)) { Linked = [link.Other.Info] };
    }

    /// <summary>Findings of a single rule (used by rule test cases).</summary>
    internal IReadOnlyList<Finding> Run(CompiledRule rule, RuleTestCase test)
    {
        var findings = new List<Finding>();
        var roles = test.Other is null ? null
            : rule.Scope == RuleScope.Pair ? DocumentLink.Pair(test.Other, test.Document).Roles
            : DocumentLink.Series(test.Other, test.Document).Roles;
        var ctx = new EvaluationContext(new DocumentIndex(test.Document), budget) { Linked = roles ?? ReadOnlyDictionary<string, Document>.Empty };
        Run(rule, ctx, findings);
        return findings;
    }

    // Most checks find nothing or one thing: nothing to sort.
    private static List<Finding> Order(List<Finding> findings) => findings.Count < 2 ? findings : findings
        .OrderByDescending(f => f.Severity)
        .ThenBy(f => f.RuleSet, StringComparer.Ordinal)
        .ThenBy(f => f.Location.Line ?? int.MaxValue)
        .ThenBy(f => f.RuleId, StringComparer.Ordinal)
        .ToList();

    private static void Run(CompiledRule rule, EvaluationContext ctx, List<Finding> findings)
    {
        // A rule that fails half-way must add none of its findings, so they are kept apart until it finishes.
        var before = findings.Count;
        try
        {
            // Each rule has the whole budget to itself.
            ctx.Restart();
            if (rule.AppliesTo(ctx))
            {
                rule.Evaluate(ctx, findings);
            }
        }
        catch (Exception ex) when (ex is EvaluationBudgetExceededException or ArithmeticException or InvalidCastException
            or NullReferenceException or InvalidOperationException or ArgumentException)
        {
            // One broken rule must not hide the findings of the others: report it and go on.
            findings.RemoveRange(before, findings.Count - before);
            findings.Add(new Finding
            {
                RuleId = rule.Info.Id,
                RuleSet = rule.Info.RuleSet,
                Severity = Severity.Error,
                Message = $"规则 {rule.Info.Id} 执行失败：{Reason(ex)}；其余规则已照常执行",
                Fix = "请检查该规则的表达式或参数（rules 目录下的规则文件）。",
            });
        }
    }

    /// <summary>The runtime's own messages are English; an overflow comes from the document's figures, so say so in Chinese.</summary>
    private static string Reason(Exception ex) => ex is OverflowException
        ? "计算结果超出 decimal 的范围（约 ±7.9×10²⁸），文档中可能有异常巨大的金额"
        : ex.Message;
}
