using System.Diagnostics;
using System.Globalization;
using Compliance.Documents;

// Median parse time per document: text files through DisclosureTextReader, PDFs split into
// pdftotext (external process) and the text reader, so each cost is visible.
var files = args.Length > 0 ? args : throw new ArgumentException("usage: Compliance.Benchmarks FILE...");
const int Rounds = 50;
foreach (var file in files)
{
    var bytes = File.ReadAllBytes(file);
    var name = Path.GetFileName(file);
    for (var i = 0; i < 5; i++)
    {
        DocumentLoader.LoadWithStatistics(bytes, name);
    }

    // CPU time beside wall time: on a shared machine the wall clock also counts time the parse waited for a core.
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
