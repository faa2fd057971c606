using System.Diagnostics;
using System.Globalization;
using Compliance.Cli.Generation.Throughput;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;

namespace Compliance.Benchmarks;

/// <summary>
/// <c>profile --count N --seed S</c>: single-threaded CPU time of each rule over the throughput corpus, most
/// expensive first — where an engine optimisation pays.
/// </summary>
internal static class RuleProfile
{
    public static int Run(int count, int seed, string rulesDirectory)
    {
        var sets = RuleSetLoader.LoadDirectory(rulesDirectory);
        var corpus = ThroughputCorpus.Build(count, seed);
        var engine = new RuleEngine();
        var rules = sets.SelectMany(s => s.Rules).ToList();
        var ticks = new long[rules.Count];
        var bytes = new long[rules.Count];
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        for (var pass = 0; pass < 2; pass++)
        {
            process.Refresh();
            cpu = process.TotalProcessorTime;
            foreach (var document in corpus)
            {
                for (var r = 0; r < rules.Count; r++)
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var start = Stopwatch.GetTimestamp();
                    engine.Run(rules[r], new RuleTestCase(rules[r].Info.Id, "profile", false, document));
                    if (pass == 1)
                    {
                        ticks[r] += Stopwatch.GetTimestamp() - start;
                        bytes[r] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                    }
                }
            }
        }

        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;
        var total = ticks.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} documents, {total * 1000.0 / Stopwatch.Frequency / count:F3} ms wall, {cpu.TotalMilliseconds / count:F3} ms CPU per document over {rules.Count} rules (each rule on its own index)"));
        foreach (var r in Enumerable.Range(0, rules.Count).OrderByDescending(r => ticks[r]).Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ticks[r] * 1_000_000.0 / Stopwatch.Frequency / count,10:F1} µs/doc  {100.0 * ticks[r] / total,5:F1}%  {bytes[r] / 1024.0 / count,8:F1} KB/doc  {rules[r].Info.Id}"));
        }

        // The whole check as the engine runs it (one index shared by every rule), single-threaded.
        for (var pass = 0; pass < 3; pass++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            foreach (var document in corpus)
            {
                engine.Check(document, sets);
            }

            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RuleEngine.Check pass {pass + 1}: {watch.Elapsed.TotalMilliseconds * 1000 / count:F0} µs wall, {(process.TotalProcessorTime - before).TotalMilliseconds * 1000 / count:F0} µs CPU, {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / count:F0} KB allocated per document"));
        }

        return 0;
    }
}
