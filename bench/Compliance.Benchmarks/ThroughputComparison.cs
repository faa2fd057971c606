using System.Globalization;
using Compliance.Benchmarks.Baseline;
using Compliance.Cli.Generation.Throughput;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;

namespace Compliance.Benchmarks;

/// <summary>
/// <c>throughput --count N --seed S [--rounds R]</c>: the rule engine and the hand-written baseline over the same
/// corpus, on all cores; first checks that both report the same findings per rule on every document (else exit 1),
/// then prints documents/s, findings/s and the ratio engine time / baseline time.
/// </summary>
internal static class ThroughputComparison
{
    public static int Run(int count, int seed, int rounds, string rulesDirectory)
    {
        var sets = RuleSetLoader.LoadDirectory(rulesDirectory);
        var corpus = ThroughputCorpus.Build(count, seed);
        var engine = new RuleEngine();

        var mismatches = 0;
        foreach (var document in corpus)
        {
            var byEngine = engine.Check(document, sets).Findings.CountBy(x => x.RuleId).ToDictionary();
            var byHand = HandWrittenChecks.Check(document).CountBy(x => x.RuleId).ToDictionary();
            foreach (var rule in byEngine.Keys.Union(byHand.Keys))
            {
                var (e, h) = (byEngine.GetValueOrDefault(rule), byHand.GetValueOrDefault(rule));
                if (e != h && mismatches++ < 20)
                {
                    Console.WriteLine($"mismatch {document.Info.Department} {document.Info.Kind}: {rule} engine {e} baseline {h}");
                }
            }
        }

        if (mismatches > 0)
        {
            Console.WriteLine($"{mismatches} mismatches: the baseline does not compute the same findings, so no ratio is printed.");
            return 1;
        }

        var engineRun = ThroughputRun.Measure(corpus, d => engine.Check(d, sets).Findings.Count, rounds);
        var baselineRun = ThroughputRun.Measure(corpus, d => HandWrittenChecks.Check(d).Count, rounds);
        var (e1, b1) = (ThroughputRun.Median(engineRun), ThroughputRun.Median(baselineRun));
        Console.WriteLine(Line($"{count} documents (seed {seed}), {sets.Sum(s => s.Summaries.Count(r => r.Enabled))} rules, {Environment.ProcessorCount} cores, median of {rounds} rounds; findings equal per rule on every document"));
        Console.WriteLine(Line($"engine    {e1.DocumentsPerSecond,8:F0} documents/s {e1.FindingsPerSecond,8:F0} findings/s  {e1.Findings} findings  CPU {e1.CpuMicrosecondsPerDocument:F0} µs/document"));
        Console.WriteLine(Line($"baseline  {b1.DocumentsPerSecond,8:F0} documents/s {b1.FindingsPerSecond,8:F0} findings/s  {b1.Findings} findings  CPU {b1.CpuMicrosecondsPerDocument:F0} µs/document"));
        Console.WriteLine(Line($"engine/baseline: {e1.Elapsed / b1.Elapsed:F2} (wall)  {e1.Cpu / b1.Cpu:F2} (CPU)"));
        Console.WriteLine(Line($"rounds, engine documents/s: {string.Join(" ", engineRun.Select(s => s.DocumentsPerSecond.ToString("F0", CultureInfo.InvariantCulture)))}; baseline: {string.Join(" ", baselineRun.Select(s => s.DocumentsPerSecond.ToString("F0", CultureInfo.InvariantCulture)))}"));
        return 0;
    }

    private static string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
