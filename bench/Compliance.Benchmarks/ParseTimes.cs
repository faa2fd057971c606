using System.Diagnostics;
using System.Globalization;
using Compliance.Documents;

namespace Compliance.Benchmarks;

/// <summary>
/// <c>parse FILE…</c>: median parse time per document through <see cref="DocumentLoader"/>, with the process's CPU
/// time beside the wall time: on a shared machine the wall clock also counts time the parse waited for a core.
/// </summary>
internal static class ParseTimes
{
    private const int Rounds = 50;

    public static int Run(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var name = Path.GetFileName(file);
            for (var i = 0; i < 5; i++)
            {
                DocumentLoader.LoadWithStatistics(bytes, name);
            }

            var times = new List<double>(Rounds);
            var cpu = new List<double>(Rounds);
            using var process = Process.GetCurrentProcess();
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

            times.Sort();
            cpu.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[Rounds / 2],8:F2} ms median  {times[0],8:F2} ms min  {cpu[Rounds / 2],8:F2} ms cpu median  {name}"));
        }

        return 0;
    }
}
