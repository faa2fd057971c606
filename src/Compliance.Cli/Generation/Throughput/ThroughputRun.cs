using System.Diagnostics;

namespace Compliance.Cli.Generation.Throughput;

/// <summary>
/// One timed pass over a corpus: wall time, the process's CPU time (all threads, GC included), documents and findings.
/// On a machine shared with other work the wall clock also counts time spent waiting for a core; the CPU time per
/// document does not, so it is shown beside it.
/// </summary>
internal sealed record ThroughputSample(TimeSpan Elapsed, TimeSpan Cpu, int Documents, long Findings)
{
    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;

    public double CpuMicrosecondsPerDocument => Cpu.TotalMicroseconds / Documents;

    public double FindingsPerSecond => Findings / Elapsed.TotalSeconds;
}

/// <summary>
/// Times a checker over a corpus on every core (<see cref="Parallel.For(int, int, Action{int})"/>): one untimed
/// warm-up pass (tiered JIT, caches), then <c>rounds</c> timed passes; the median pass is the figure reported, so one
/// pass disturbed by another process on a shared machine does not decide it.
/// </summary>
internal static class ThroughputRun
{
    public static IReadOnlyList<ThroughputSample> Measure<T>(IReadOnlyList<T> corpus, Func<T, int> check, int rounds)
    {
        Pass(corpus, check);
        var samples = new List<ThroughputSample>(rounds);
        for (var r = 0; r < rounds; r++)
        {
            samples.Add(Pass(corpus, check));
        }

        return samples;
    }

    public static ThroughputSample Median(IReadOnlyList<ThroughputSample> samples) =>
        samples.OrderBy(s => s.Elapsed).ElementAt(samples.Count / 2);

    private static ThroughputSample Pass<T>(IReadOnlyList<T> corpus, Func<T, int> check)
    {
        long findings = 0;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, corpus.Count, () => 0L, (i, _, local) => local + check(corpus[i]), local => Interlocked.Add(ref findings, local));
        var elapsed = watch.Elapsed;
        process.Refresh();
        return new ThroughputSample(elapsed, process.TotalProcessorTime - cpu, corpus.Count, findings);
    }
}
