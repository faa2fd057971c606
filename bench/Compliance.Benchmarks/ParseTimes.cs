using System.Diagnostics;
using System.Globalization;
using Compliance.Documents;

namespace Compliance.Benchmarks;

/// <summary>
/// <c>parse FILE…</c>: median parse time per document through <see cref="DocumentLoader"/>, with the process's CPU
/// time beside the wall time: on a shared machine the wall clock also counts time the parse waited for a core.
/// The bytes allocated and gen-0 collections per parse are shown too: unlike either time they do not depend on the
/// load, and they tell whether the garbage collector is part of the time.
/// Few warm-up parses measure partly unoptimised code: tiered compilation recompiles a method only after about 30
/// calls and a quiet spell, which on a busy 2-core machine takes hundreds of parses; <c>--warmup 1000</c> measures
/// the steady state a running service reaches.
/// </summary>
internal static class ParseTimes
{
    private const int Rounds = 50;

    public static int Run(IReadOnlyList<string> files, int warmup)
    {
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var name = Path.GetFileName(file);
            for (var i = 0; i < warmup; i++)
            {
                DocumentLoader.LoadWithStatistics(bytes, name);
            }

            var times = new List<double>(Rounds);
            var cpu = new List<double>(Rounds);
            using var process = Process.GetCurrentProcess();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var collectionsBefore = GC.CollectionCount(0);
            for (var i = 0; i < Rounds; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                DocumentLoader.LoadWithStatistics(bytes, name);
                times.Add(sw.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }

            var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Rounds;
            var collections = (GC.CollectionCount(0) - collectionsBefore) / (double)Rounds;
            times.Sort();
            cpu.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[Rounds / 2],8:F2} ms median  {times[0],8:F2} ms min  {cpu[Rounds / 2],8:F2} ms cpu median  {allocated / 1024.0 / 1024,6:F1} MiB alloc  {collections,4:F1} GC/parse  {name}"));
        }

        return 0;
    }
}
