using Compliance.Documents.Model;

namespace Compliance.Benchmarks.Baseline;

/// <summary>
/// The whole shipped rule catalogue (rules/*.yaml, default parameters) written by hand in plain C#: no rule files,
/// no references to resolve, no expression trees, no step budget. It reuses only the domain arithmetic the engine
/// also uses (printed-precision intervals, reading a performance target), so the engine/baseline ratio is the cost
/// of the engine's generality. It must report exactly as many findings, per rule, as the engine does.
/// </summary>
internal static class HandWrittenChecks
{
    public static Findings Check(Document document)
    {
        var findings = new Findings();
        TotalsChecks.Run(document, findings);
        ExecutionChecks.Run(document, findings);
        PerformanceChecks.Run(document, findings);
        NarrativeChecks.Run(document, findings);
        return findings;
    }
}
