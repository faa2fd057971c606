using Bogus;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation.Faults;

/// <summary>
/// A labelled fault: the rule set (category) it belongs to, its name, the rule expected to report it
/// (<c>set.rule</c>, or a set name when any rule of the set may), a human label, whether it applies to a
/// document, and the mutation that makes a clean document faulty in exactly the way the label says.
/// </summary>
internal sealed record Fault(
    string Category,
    string Name,
    string ExpectedRule,
    string Label,
    Func<Document, bool> Applies,
    Func<Document, Randomizer, FaultOutcome> Apply);

/// <summary>The faulty document, what exactly was changed, and the expected rule when it depends on the document.</summary>
internal sealed record FaultOutcome(Document Document, string Detail, string? ExpectedRule = null);

/// <summary>The label written beside a faulty document and counted by the benchmark.</summary>
internal sealed record FaultLabel(string Category, string Fault, string ExpectedRule, string Label, string Detail)
{
    /// <summary>True when the finding's rule is the expected rule, or belongs to the expected rule set.</summary>
    public bool IsDetectedBy(string ruleId, string ruleSet) =>
        string.Equals(ruleId, ExpectedRule, StringComparison.Ordinal) || string.Equals(ruleSet, ExpectedRule, StringComparison.Ordinal);
}

/// <summary>A document with one injected fault and its label.</summary>
internal sealed record InjectedFault(Document Document, FaultLabel Label);

/// <summary>The fault categories: one per shipped rule set.</summary>
internal static class FaultCategories
{
    public const string Totals = "totals";
    public const string Sangong = "sangong";
    public const string ExecutionRate = "execution-rate";
    public const string PerformanceTargets = "performance-targets";
    public const string Narrative = "narrative";
    public const string Structure = "structure";

    public static IReadOnlyList<string> All { get; } = [Totals, Sangong, ExecutionRate, PerformanceTargets, Narrative, Structure];

    /// <summary>Parses <c>all</c> or a comma-separated list; throws <see cref="UsageException"/> on an unknown name.</summary>
    public static IReadOnlyList<string> Parse(string value)
    {
        if (value == "all")
        {
            return All;
        }

        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.FirstOrDefault(n => !All.Contains(n, StringComparer.Ordinal));
        if (names.Length == 0 || unknown is not null)
        {
            throw new UsageException($"--faults 只能是 all 或以逗号分隔的类别（{string.Join("、", All)}），得到“{value}”。");
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }
}
