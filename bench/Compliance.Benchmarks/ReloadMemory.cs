using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;

namespace Compliance.Benchmarks;

/// <summary>
/// <c>reload [--count N]</c>: the rule folder reloaded N times as the service's hot reload does (a new compiled set
/// replaces the old, nothing keeps the old). Prints the cold first load, then managed heap and working set after a
/// full collection before and after the N reloads, and whether a replaced set — with the delegates its expression
/// trees were compiled to — was collected. Exit 1 when the heap grew by more than 10 % or the set stayed alive.
/// </summary>
internal static class ReloadMemory
{
    public static int Run(int count, string rulesDirectory)
    {
        var watch = Stopwatch.StartNew();
        var sets = RuleSetLoader.LoadDirectory(rulesDirectory);
        var cold = watch.Elapsed;
        for (var i = 0; i < 20; i++)
        {
            sets = RuleSetLoader.LoadDirectory(rulesDirectory);
        }

        var (heapBefore, setBefore) = Measure();
        var replaced = Replaced(rulesDirectory);
        watch.Restart();
        for (var i = 1; i <= count; i++)
        {
            sets = RuleSetLoader.LoadDirectory(rulesDirectory);
            if (i % (count / 5 == 0 ? 1 : count / 5) == 0)
            {
                var (heap, set) = Measure();
                Console.WriteLine(Line($"after {i,5} reloads: managed heap {heap / 1024.0 / 1024:F1} MiB, working set {set / 1024.0 / 1024:F1} MiB"));
            }
        }

        var perReload = watch.Elapsed / count;
        var (heapAfter, setAfter) = Measure();
        GC.KeepAlive(sets);
        var growth = (double)(heapAfter - heapBefore) / heapBefore;
        Console.WriteLine(Line($"cold first load of {sets.Count} rule sets: {cold.TotalMilliseconds:F0} ms; warm reload: {perReload.TotalMilliseconds:F1} ms (incl. a full GC every {count / 5} reloads)"));
        Console.WriteLine(Line($"managed heap {heapBefore / 1024.0 / 1024:F1} → {heapAfter / 1024.0 / 1024:F1} MiB ({growth:+0.0%;-0.0%}), working set {setBefore / 1024.0 / 1024:F1} → {setAfter / 1024.0 / 1024:F1} MiB"));
        Console.WriteLine($"a replaced rule set (and its compiled delegates) was collected: {!replaced.IsAlive}");
        return growth <= 0.10 && !replaced.IsAlive ? 0 : 1;
    }

    /// <summary>A set loaded and dropped, held only weakly; its compiled expressions are reachable only through it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Replaced(string rulesDirectory) => new(RuleSetLoader.LoadDirectory(rulesDirectory));

    private static (long Heap, long WorkingSet) Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
    }

    private static string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
