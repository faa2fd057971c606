using Compliance.Cli.Generation.Throughput;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using static System.FormattableString;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>bench throughput</c>: generates the corpus first (untimed), then checks every document with every rule set
/// on all cores and prints documents/s and findings/s of the median pass. The hand-written baseline that says how
/// close this is to the limit lives in <c>bench/Compliance.Benchmarks</c> (<c>throughput</c>), which reuses this corpus.
/// </summary>
internal static class ThroughputCommand
{
    public const int MaxCount = 200_000;

    public static async Task<int> RunAsync(Options options, TextWriter stdout, TextWriter stderr)
    {
        var count = options.GetInt("count", 10_000);
        if (count is < 1 or > MaxCount)
        {
            throw new UsageException(Invariant($"--count 须在 1 到 {MaxCount} 之间，得到 {count}。"));
        }

        var rounds = options.GetInt("rounds", 5);
        if (rounds is < 1 or > 100)
        {
            throw new UsageException(Invariant($"--rounds 须在 1 到 100 之间，得到 {rounds}。"));
        }

        IReadOnlyList<RuleSet> ruleSets;
        try
        {
            ruleSets = RuleSources.Load(options.Get("rules"), options.Get("config"));
        }
        catch (RuleSetLoadException ex)
        {
            return await CommandLine.Fail(stderr, "规则文件有误：\n" + ex.Message);
        }

        var seed = options.GetInt("seed", 1);
        var corpus = ThroughputCorpus.Build(count, seed);
        var engine = new RuleEngine();
        var samples = ThroughputRun.Measure(corpus, d => engine.Check(d, ruleSets).Findings.Count, rounds);
        var median = ThroughputRun.Median(samples);
        var rules = ruleSets.Sum(s => s.Summaries.Count(r => r.Enabled));
        await stdout.WriteLineAsync(Invariant($"吞吐基准：{count} 份文档（种子 {seed}），{ruleSets.Count} 个规则集 {rules} 条规则，{Environment.ProcessorCount} 核，{rounds} 轮取中位数"));
        await stdout.WriteLineAsync(Invariant($"文档/秒 {median.DocumentsPerSecond:F0}  发现/秒 {median.FindingsPerSecond:F0}  每轮发现 {median.Findings}  用时 {median.Elapsed.TotalMilliseconds:F0} ms  CPU {median.CpuMicrosecondsPerDocument:F0} µs/文档"));
        await stdout.WriteLineAsync(Invariant($"各轮文档/秒：{string.Join(" ", samples.Select(s => s.DocumentsPerSecond.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}"));
        return 0;
    }
}
