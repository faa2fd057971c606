using System.Globalization;
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
    "parse" => ParseTimes.Run(args[1..]),
    "profile" => RuleProfile.Run(Int("count", 1000), Int("seed", 1), Option("rules", "rules")),
    "throughput" => ThroughputComparison.Run(Int("count", 10_000), Int("seed", 1), Int("rounds", 5), Option("rules", "rules")),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Compliance.Benchmarks <command>
          parse FILE...                         median parse time per document
          profile [--count N] [--seed S]        CPU time per rule over the throughput corpus
          throughput [--count N] [--seed S] [--rounds R]
                                                engine vs hand-written baseline: documents/s, findings/s, ratio
        """);
    return 3;
}
