using System.Globalization;
using Compliance.Cli.Generation;
using Compliance.Cli.Generation.Faults;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using static System.FormattableString;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>bench quality --count N --seed S [--format json|text-tab|text-space|all] [--rules DIR]</c>: recall per fault
/// category and the false-error rate on clean documents, parse + check end to end. Exit 0 when every target is met
/// (recall ≥ 95 % in every category, no error on a clean document), 1 when one is missed, 3 on bad input.
/// <c>bench throughput --count N --seed S [--rounds R] [--rules DIR]</c>: documents and findings per second of the
/// rule engine with the whole catalogue, on every core (<see cref="ThroughputCommand"/>).
/// </summary>
internal static class BenchCommand
{
    public const decimal RecallTarget = 95m;
    public const int ExitTargetMissed = 1;

    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["count", "seed", "format", "rules", "config", "rounds"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Flags, Valued);
        return options.Positional switch
        {
            ["quality"] => await QualityAsync(options, stdout, stderr),
            ["throughput"] => await ThroughputCommand.RunAsync(options, stdout, stderr),
            _ => throw new UsageException(
                "用法：compliance bench quality --count N --seed S [--format json|text-tab|text-space|all] [--rules DIR]\n" +
                "      compliance bench throughput --count N --seed S [--rounds R] [--rules DIR]"),
        };
    }

    private static async Task<int> QualityAsync(Options options, TextWriter stdout, TextWriter stderr)
    {
        var count = options.GetInt("count", 20);
        if (count is < 1 or > 10_000)
        {
            throw new UsageException(Invariant($"--count 须在 1 到 10000 之间，得到 {count}。"));
        }

        var seed = options.GetInt("seed", 1);
        var formatName = options.Get("format") ?? "all";
        IReadOnlyList<SyntheticFormat> formats = formatName == "all"
            ? SyntheticFormat.All
            : [SyntheticFormat.Find(formatName) ?? throw new UsageException(Invariant($"--format 只能是 json、text-tab、text-space 或 all，得到“{formatName}”。"))];

        IReadOnlyList<RuleSet> ruleSets;
        try
        {
            ruleSets = RuleSources.Load(options.Get("rules"), options.Get("config"));
        }
        catch (RuleSetLoadException ex)
        {
            return await CommandLine.Fail(stderr, "规则文件有误：\n" + ex.Message);
        }

        var loaded = ruleSets.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        await stdout.WriteLineAsync(Invariant($"质量基准：每类故障 {count} 份，无误文档 {count} 份，种子 {seed}，规则集 {string.Join("、", loaded.Order(StringComparer.Ordinal))}"));
        var bench = new QualityBench(count, seed, ruleSets);
        var met = true;
        foreach (var format in formats)
        {
            var report = bench.Run(format);
            await Print(stdout, report, loaded);
            met &= report.MeetsTargets(RecallTarget);
        }

        // Pairs and series are checked through canonical JSON: the restated figures they compare are model fields.
        var cross = new CrossDocumentBench(count, seed, ruleSets).Run();
        await Print(stdout, cross, loaded, "跨文档（预算↔决算配对、上年↔本年序列）");
        met &= cross.MeetsTargets(RecallTarget);

        await stdout.WriteLineAsync(met ? "结论：全部达标。" : Invariant($"结论：未达标（目标：各类召回率 ≥ {RecallTarget}%，无误文档零错误发现）。"));
        return met ? 0 : ExitTargetMissed;
    }

    private static async Task Print(TextWriter stdout, QualityReport report, HashSet<string> loaded, string? title = null)
    {
        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync(Invariant($"== {title ?? "格式 " + report.Format.Name} =="));
        await stdout.WriteLineAsync(Invariant($"{"类别",-22}{"注入",6}{"检出",6}{"召回率",9}"));
        foreach (var c in report.Categories)
        {
            var mark = c.Recall >= RecallTarget && c.Injected > 0 ? "" : "  ✗";
            var rules = c.Injected > 0 && !loaded.Contains(c.Category) && c.Missed.Any(m => m.ExpectedRule.StartsWith(c.Category, StringComparison.Ordinal))
                ? "（规则集未加载）" : "";
            await stdout.WriteLineAsync(Invariant($"{c.Category,-22}{c.Injected,6}{c.Detected,6}{Percent(c.Recall),9}{mark}{rules}"));
        }

        foreach (var c in report.Categories.Where(c => c.Missed.Count > 0))
        {
            foreach (var miss in c.Missed.GroupBy(m => m.Fault, StringComparer.Ordinal))
            {
                var example = miss.First();
                await stdout.WriteLineAsync(Invariant($"  漏检 {c.Category}/{miss.Key} ×{miss.Count()}（应由 {example.ExpectedRule} 报告）例：{example.Detail}"));
            }
        }

        await stdout.WriteLineAsync(Invariant($"无误文档 {report.Clean}，含错误发现 {report.CleanWithErrors}，误报率 {Percent(report.FalseErrorRate)}"));
        foreach (var e in report.FalseErrors.Take(5))
        {
            await stdout.WriteLineAsync(Invariant($"  误报 {e.RuleId} ×{e.Documents} 例：{e.Example}"));
        }
    }

    private static string Percent(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
