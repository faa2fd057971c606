using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Rules.Linking;

/// <summary>The combined result of checking a set of documents, and which of them no other document links to.</summary>
/// <param name="Result">One findings object about the first document; every finding names the document it is in.</param>
/// <param name="Links">The pairs and series found and checked.</param>
/// <param name="Unlinked">Documents checked only on their own.</param>
public sealed record LinkedCheckResult(CheckResult Result, IReadOnlyList<DocumentLink> Links, IReadOnlyList<DocumentInfo> Unlinked);

/// <summary>
/// A department's set of documents checked together: single-document rules on each, then the pair rules on each
/// budget–final pair and the series rules on each year-over-year series among them.
/// </summary>
public static class LinkedCheck
{
    /// <summary>Checks the documents; the first is the one the result is about.</summary>
    public static LinkedCheckResult Run(IReadOnlyList<Document> documents, IReadOnlyList<RuleSet> ruleSets, RuleEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(ruleSets);
        if (documents.Count == 0)
        {
            throw new ArgumentException("至少需要一份文档", nameof(documents));
        }

        engine ??= new RuleEngine();
        var results = documents.Select(d => (Document: d, Result: engine.Check(d, ruleSets))).ToList();
        var links = DocumentLinker.Link(documents);
        var findings = results
            .SelectMany(r => r.Result.Findings.Select(f => f with { Location = f.Location with { Document = f.Location.Document ?? DocumentNames.Of(r.Document.Info) } }))
            .ToList();
        var sets = results.SelectMany(r => r.Result.RuleSets).ToList();
        foreach (var link in links)
        {
            var cross = engine.Check(link, ruleSets);
            findings.AddRange(cross.Findings);
            sets.AddRange(cross.RuleSets);
        }

        var linked = links.SelectMany(l => new[] { l.Checked, l.Other }).ToHashSet();
        var unlinked = documents.Where(d => !linked.Contains(d)).Select(d => d.Info).ToList();
        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleSet, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Document, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line ?? int.MaxValue)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var result = new CheckResult(documents[0].Info, sets.Distinct().ToList(), ordered) { Linked = [.. documents.Skip(1).Select(d => d.Info)] };
        return new LinkedCheckResult(result, links, documents.Count > 1 ? unlinked : []);
    }
}
