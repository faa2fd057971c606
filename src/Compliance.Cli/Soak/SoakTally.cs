using System.Collections.Concurrent;

namespace Compliance.Cli.Soak;

/// <summary>What the soak saw, counted from every worker at once: answers by operation and status, failures kept verbatim.</summary>
internal sealed class SoakTally
{
    private readonly ConcurrentDictionary<(string Operation, int Status), int> answers = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> failures = new();

    public int Requests => answers.Values.Sum();

    public int ServerErrors => answers.Where(a => a.Key.Status >= 500).Sum(a => a.Value);

    /// <summary>Requests with no HTTP answer at all (refused connection, reset, timeout).</summary>
    public int TransportErrors => answers.Where(a => a.Key.Status == 0).Sum(a => a.Value);

    public IReadOnlyCollection<string> Failures => failures;

    public void Add(string operation, int status, TimeSpan took, string? failure = null)
    {
        answers.AddOrUpdate((operation, status), 1, (_, n) => n + 1);
        latencies.GetOrAdd(operation, _ => []).Add(took.TotalMilliseconds);
        if (failure is not null && failures.Count < 20)
        {
            failures.Enqueue($"{operation} {status}: {failure}");
        }
    }

    /// <summary>One line per operation: count by status, median and 95th-percentile latency.</summary>
    public IEnumerable<string> Lines() =>
        answers.GroupBy(a => a.Key.Operation).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var times = latencies[g.Key].Order().ToList();
            var statuses = string.Join(" ", g.OrderBy(a => a.Key.Status).Select(a => $"{(a.Key.Status == 0 ? "error" : a.Key.Status)}×{a.Value}"));
            return FormattableString.Invariant($"{g.Key,-16} {g.Sum(a => a.Value),7}  {statuses,-28} p50 {Percentile(times, 0.50),7:F1} ms  p95 {Percentile(times, 0.95),7:F1} ms");
        });

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}
