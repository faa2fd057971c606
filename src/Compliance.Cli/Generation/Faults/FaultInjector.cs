using Bogus;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation.Faults;

/// <summary>Picks a fault of a category that applies to a document and injects it, returning the faulty document and its label.</summary>
internal static class FaultInjector
{
    /// <summary>Every fault, by category, in catalogue order.</summary>
    public static IReadOnlyList<Fault> All { get; } =
    [
        .. TotalsFaults.All, .. SangongFaults.All, .. ExecutionFaults.All,
        .. PerformanceFaults.All, .. NarrativeFaults.All, .. StructureFaults.All,
    ];

    public static IEnumerable<Fault> OfCategory(string category) => All.Where(f => f.Category == category);

    /// <summary>The faults of the category that apply to the document (e.g. no vehicle fault without a vehicle fact).</summary>
    public static IReadOnlyList<Fault> Applicable(Document document, string category) =>
        OfCategory(category).Where(f => f.Applies(document)).ToList();

    /// <summary>Injects a randomly chosen applicable fault of the category; null when none applies.</summary>
    public static InjectedFault? Inject(Document document, string category, Randomizer random)
    {
        var candidates = Applicable(document, category);
        return candidates.Count == 0 ? null : Inject(document, random.ListItem(candidates.ToList()), random);
    }

    public static InjectedFault Inject(Document document, Fault fault, Randomizer random)
    {
        var outcome = fault.Apply(document, random);
        var label = new FaultLabel(fault.Category, fault.Name, outcome.ExpectedRule ?? fault.ExpectedRule, fault.Label, outcome.Detail);
        return new InjectedFault(outcome.Document, label);
    }
}
