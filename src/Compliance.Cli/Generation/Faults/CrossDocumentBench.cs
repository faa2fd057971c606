using Bogus;
using Compliance.Cli.Generation.Linked;
using Compliance.Documents;
using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;
using Compliance.Rules.Linking;

namespace Compliance.Cli.Generation.Faults;

/// <summary>
/// The cross-document part of the quality benchmark: synthetic pairs (budget + final accounts restating it) and
/// series (year N−1 + year N stating its changes), clean or with one fault of <see cref="CrossDocumentFaults"/>
/// (faults taken in turn, so each is injected about count ÷ faults-per-category times), written as canonical JSON,
/// read back, linked by department and checked with the pair and series rule sets. A fault is detected when its
/// expected rule reports it; a clean pair or series fails when any pair or series rule reports an error.
/// </summary>
internal sealed class CrossDocumentBench(int count, int seed, IReadOnlyList<RuleSet> ruleSets)
{
    private readonly RuleEngine engine = new();
    private readonly DocumentGenerator generator = new(seed);

    public QualityReport Run()
    {
        var cases = CrossDocumentFaults.Categories
            .SelectMany(category => Enumerable.Range(1, count).Select(i => (Category: category, Faulty: true, Index: i)))
            .Concat(CrossDocumentFaults.Categories.SelectMany(category => Enumerable.Range(1, count).Select(i => (Category: category, Faulty: false, Index: i))))
            .ToList();
        var outcomes = cases.AsParallel().AsOrdered().Select(c => RunCase(c.Category, c.Faulty, c.Index)).Where(o => o is not null).Select(o => o!).ToList();
        return QualityReport.Score(SyntheticFormat.Json, CrossDocumentFaults.Categories, outcomes);
    }

    private QualityOutcome? RunCase(string category, bool faulty, int index)
    {
        var random = new Randomizer(unchecked((seed * 7919) + (index * 104729) + (category == CrossDocumentFaults.Pair ? 1 : 2) + (faulty ? 17 : 0)));
        var (other, checkedDocument) = category == CrossDocumentFaults.Pair
            ? LinkedDocuments.Pair(generator, index)
            : LinkedDocuments.Series(generator, index, index % 2 == 0 ? DocumentKind.FinalAccounts : DocumentKind.Budget, random);
        if (!faulty)
        {
            var findings = Check(category, other, checkedDocument, index);
            return new QualityOutcome(null, null, false, findings.Where(f => f.Severity == Severity.Error).ToList());
        }

        var faults = CrossDocumentFaults.All.Where(f => f.Category == category).ToList();
        for (var attempt = 0; attempt < faults.Count; attempt++)
        {
            var fault = faults[(index + attempt) % faults.Count];
            var target = fault.Side == LinkedSide.Checked ? checkedDocument : other;
            if (!fault.Edit.Applies(target))
            {
                continue;
            }

            var outcome = fault.Edit.Apply(target, random);
            var label = new FaultLabel(category, fault.Name, fault.ExpectedRule, fault.Label, outcome.Detail);
            var findings = fault.Side == LinkedSide.Checked
                ? Check(category, other, outcome.Document, index)
                : Check(category, outcome.Document, checkedDocument, index);
            return new QualityOutcome(category, label, findings.Any(f => label.IsDetectedBy(f.RuleId, f.RuleSet)), []);
        }

        return null;
    }

    /// <summary>Writes both documents as JSON, reads them back as submitted files, links them and checks the link.</summary>
    private IReadOnlyList<Finding> Check(string category, Document other, Document checkedDocument, int index)
    {
        var read = new[] { other, checkedDocument }.Select((d, i) => DocumentLoader.Load(
            System.Text.Encoding.UTF8.GetBytes(SyntheticFormat.Json.Write(d)), $"{index:D4}-{category}-{i}.json")).ToList();
        var link = DocumentLinker.Link(read).SingleOrDefault();
        return link is null
            ? [new Finding { RuleId = "link.missing", RuleSet = category, Severity = Severity.Error, Message = "同一部门的两份文档未能关联" }]
            : engine.Check(link, ruleSets).Findings;
    }
}
