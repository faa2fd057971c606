using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Compliance.Benchmarks;

// The benchmark console: every measurement in docs/performance.md is one of these commands.
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

int Int(string name, int fallback) => int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

return args.FirstOrDefault() switch
{
    "parse" => ParseTimes.Run([.. args[1..].Where((a, i) => a != "--warmup" && args[i] != "--warmup")], Int("warmup", 5)),
    "profile" => RuleProfile.Run(Int("count", 1000), Int("seed", 1), Option("rules", "rules")),
    "reload" => ReloadMemory.Run(Int("count", 1000), Option("rules", "rules")),
    "bdn" => Bdn(args[1..]),
    "load" => await LoadTest.LoadAsync(new Uri(Option("url", "http://127.0.0.1:5080/")), Option("key", ""), Int("clients", 32), Int("requests", 3200),
        Int("seed", 7), TimeSpan.FromSeconds(Int("limit", 300))),
    "batch" => await LoadTest.BatchAsync(new Uri(Option("url", "http://127.0.0.1:5080/")), Option("key", ""), Int("count", 10_000), Int("seed", 11),
        TimeSpan.FromSeconds(Int("limit", 900)), args.Contains("--skip-upload")),
    "throughput" => ThroughputComparison.Run(Int("count", 10_000), Int("seed", 1), Int("rounds", 5), Option("rules", "rules")),
    _ => Usage(),
};

// In-process (no generated project to build on a busy machine), short job: 3 warm-up and 3 measured iterations.
static int Bdn(string[] rest)
{
    CoreBenchmarks.Root = Directory.GetCurrentDirectory();
    var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    var summaries = BenchmarkSwitcher.FromTypes([typeof(CoreBenchmarks)]).Run(rest.Length > 0 ? rest : ["--filter", "*"], config);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Compliance.Benchmarks <command>
          parse [--warmup N] FILE...            median parse time per document after N warm-up parses (5)
          profile [--count N] [--seed S]        CPU time per rule over the throughput corpus
          reload [--count N]                    rule-set hot reload N times: heap and working set before/after
          bdn [BenchmarkDotNet options]         compile, evaluate, text parse, PDF parse, report render
          load --url U --key K [--clients 32] [--requests N] [--limit S]
                                                upload → findings latency against a running service (loopback)
          batch --url U --key K [--count 10000] [--skip-upload] [--limit S]
                                                upload N, then time one batch run over all of them
          throughput [--count N] [--seed S] [--rounds R]
                                                engine vs hand-written baseline: documents/s, findings/s, ratio
        """);
    return 3;
}
