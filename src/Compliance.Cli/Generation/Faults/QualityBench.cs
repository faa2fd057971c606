using Bogus;
using Compliance.Cli.Commands;
using Compliance.Documents;
using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Cli.Generation.Faults;

/// <summary>Recall of one fault category: how many faults were injected and how many the expected rule reported.</summary>
internal sealed record CategoryScore(string Category, int Injected, int Detected, IReadOnlyList<FaultLabel> Missed)
{
    public decimal Recall => Injected == 0 ? 0m : Math.Round(100m * Detected / Injected, 1);
}

/// <summary>An error finding on a clean document, counted per rule with one example message.</summary>
internal sealed record FalseError(string RuleId, int Documents, string Example);

/// <summary>The benchmark result for one format.</summary>
internal sealed record QualityReport(
    SyntheticFormat Format, IReadOnlyList<CategoryScore> Categories, int Clean, int CleanWithErrors, IReadOnlyList<FalseError> FalseErrors)
{
    public decimal FalseErrorRate => Clean == 0 ? 0m : Math.Round(100m * CleanWithErrors / Clean, 1);

    public bool MeetsTargets(decimal recallTarget) =>
        CleanWithErrors == 0 && Categories.All(c => c.Injected > 0 && c.Recall >= recallTarget);

    /// <summary>Recall per category and false errors on the clean cases (those without a category).</summary>
    public static QualityReport Score(SyntheticFormat format, IEnumerable<string> categories, IReadOnlyList<QualityOutcome> outcomes)
    {
        var scores = categories.Select(category =>
        {
            var injected = outcomes.Where(o => o.Category == category).ToList();
            return new CategoryScore(category, injected.Count, injected.Count(o => o.Detected),
                injected.Where(o => !o.Detected).Select(o => o.Label!).ToList());
        }).ToList();
        var clean = outcomes.Where(o => o.Category is null).ToList();
        var falseErrors = clean.SelectMany(o => o.Errors.DistinctBy(f => f.RuleId))
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => new FalseError(g.Key, g.Count(), g.First().Message))
            .OrderByDescending(f => f.Documents).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        return new QualityReport(format, scores, clean.Count, clean.Count(o => o.Errors.Count > 0), falseErrors);
    }
}

/// <summary>One benchmark case: its fault category (null when clean), whether it was detected, and its error findings.</summary>
internal sealed record QualityOutcome(string? Category, FaultLabel? Label, bool Detected, IReadOnlyList<Finding> Errors);

/// <summary>
/// Measures parse + check end to end: generate → inject one fault (N per category) or none (N clean documents) →
/// write in the format → read back as a submitted file would be → check with the rule sets. A fault is detected when
/// a finding of its expected rule (or rule set) is reported; a clean document fails when any error finding is.
/// </summary>
internal sealed class QualityBench(int count, int seed, IReadOnlyList<RuleSet> ruleSets)
{
    private readonly RuleEngine engine = new();
    private readonly DocumentGenerator generator = new(seed);

    public QualityReport Run(SyntheticFormat format)
    {
        var cases = FaultCategories.All
            .SelectMany(category => Enumerable.Range(1, count).Select(i => (Category: (string?)category, Index: i)))
            .Concat(Enumerable.Range(1, count).Select(i => (Category: (string?)null, Index: i)))
            .ToList();
        var outcomes = cases.AsParallel().AsOrdered().Select(c => RunCase(format, c.Category, c.Index)).Where(o => o is not null).Select(o => o!).ToList();
        return QualityReport.Score(format, FaultCategories.All, outcomes);
    }

    /// <summary>Clean documents alternate budget and final; a fault tries the index's other kind when none of its category applies.</summary>
    private QualityOutcome? RunCase(SyntheticFormat format, string? category, int index)
    {
        var first = index % 2 == 0 ? DocumentKind.FinalAccounts : DocumentKind.Budget;
        DocumentKind[] kinds = [first, first == DocumentKind.Budget ? DocumentKind.FinalAccounts : DocumentKind.Budget];
        if (category is null)
        {
            var findings = Check(format, generator.Generate(index, first), index, first);
            return new QualityOutcome(null, null, false, findings.Where(f => f.Severity == Severity.Error).ToList());
        }

        foreach (var kind in kinds)
        {
            var injected = FaultInjector.Inject(generator.Generate(index, kind), category, GenerateCommand.FaultRandom(seed, index, kind, category));
            if (injected is not null)
            {
                var findings = Check(format, injected.Document, index, kind);
                return new QualityOutcome(category, injected.Label, findings.Any(f => injected.Label.IsDetectedBy(f.RuleId, f.RuleSet)), []);
            }
        }

        return null;
    }

    private IReadOnlyList<Finding> Check(SyntheticFormat format, Document document, int index, DocumentKind kind)
    {
        var name = format.FileName(generator.FileName(index, kind));
        try
        {
            var read = DocumentLoader.Load(format.Encode(document), name);
            return engine.Check(read, ruleSets).Findings;
        }
        catch (DocumentReadException ex)
        {
            return [new Finding { RuleId = "reader.failed", RuleSet = "reader", Severity = Severity.Error, Message = ex.Message }];
        }
    }
}
