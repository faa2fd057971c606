using Compliance.Documents.Model;
using Compliance.Rules.Kinds;

namespace Compliance.Rules.Engine;

/// <summary>What a rule set checks: one document, a budget against its final accounts, or a year against the year before.</summary>
public enum RuleScope
{
    /// <summary>One document on its own (the default).</summary>
    Document,

    /// <summary>The final accounts of a year (<c>final</c>, the document under check) against the budget of that year (<c>budget</c>).</summary>
    Pair,

    /// <summary>A document of year N (under check) against the same kind of document of year N−1 (<c>prior</c>).</summary>
    Series,
}

/// <summary>A rule test case from the rule file: a document fragment the rule must pass or fail.</summary>
/// <param name="RuleId">The rule the case belongs to.</param>
/// <param name="Name">Case name.</param>
/// <param name="ExpectFailure">True when the rule must report a finding on the fragment.</param>
/// <param name="Document">The fragment.</param>
public sealed record RuleTestCase(string RuleId, string Name, bool ExpectFailure, Document Document)
{
    /// <summary>The other document of a cross-document case (the budget of a pair, the prior year of a series).</summary>
    public Document? Other { get; init; }
}

/// <summary>A summary of one rule for listings.</summary>
/// <param name="Id">Rule id.</param>
/// <param name="Kind">Declarative kind or <c>expression</c>.</param>
/// <param name="Severity">Severity as configured.</param>
/// <param name="Enabled">Whether it runs.</param>
/// <param name="Description">What it checks.</param>
public sealed record RuleSummary(string Id, string Kind, Findings.Severity Severity, bool Enabled, string? Description);

/// <summary>
/// A compiled rule set: loaded, validated and compiled once from one file; its version is the SHA-256 of
/// the file's content and any parameter overrides, so a changed rule or threshold is a new version.
/// </summary>
public sealed class RuleSet
{
    internal RuleSet(string name, string? description, string sourceFile, string version,
        IReadOnlyList<CompiledRule> rules, IReadOnlyList<RuleSummary> summaries, IReadOnlyList<RuleTestCase> tests, RuleScope scope = RuleScope.Document)
    {
        Scope = scope;
        Name = name;
        Description = description;
        SourceFile = sourceFile;
        Version = version;
        Rules = rules;
        Summaries = summaries;
        Tests = tests;
    }

    /// <summary>Whether the set checks one document, a budget–final pair or a year-over-year series.</summary>
    public RuleScope Scope { get; }

    /// <summary>WorkflowName.</summary>
    public string Name { get; }

    /// <summary>What the set checks.</summary>
    public string? Description { get; }

    /// <summary>File it was loaded from.</summary>
    public string SourceFile { get; }

    /// <summary><c>sha256:…</c> of content and overrides.</summary>
    public string Version { get; }

    /// <summary>Every rule, enabled or not.</summary>
    public IReadOnlyList<RuleSummary> Summaries { get; }

    /// <summary>The rule test cases of the file.</summary>
    public IReadOnlyList<RuleTestCase> Tests { get; }

    /// <summary>The enabled, compiled rules.</summary>
    internal IReadOnlyList<CompiledRule> Rules { get; }
}
