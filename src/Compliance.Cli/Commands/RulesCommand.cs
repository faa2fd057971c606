using System.Globalization;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Compliance.Rules.Testing;

namespace Compliance.Cli.Commands;

/// <summary><c>rules list|validate|test [--rules DIR]</c>.</summary>
internal static class RulesCommand
{
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["rules", "config"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Flags, Valued);
        var verb = options.Positional.Count == 1 ? options.Positional[0] : null;
        if (verb is not ("list" or "validate" or "test"))
        {
            throw new UsageException("用法: compliance rules list|validate|test [--rules DIR]");
        }

        IReadOnlyList<RuleSet> sets;
        try
        {
            sets = RuleSources.Load(options.Get("rules"), options.Get("config"));
        }
        catch (RuleSetLoadException ex)
        {
            await stderr.WriteLineAsync($"规则校验失败（{ex.Errors.Count} 处）：");
            foreach (var e in ex.Errors)
            {
                await stderr.WriteLineAsync("  " + e);
            }

            return CommandLine.ExitInputError;
        }

        return verb switch
        {
            "list" => await List(sets, stdout),
            "validate" => await Validate(sets, stdout),
            _ => await Test(sets, stdout),
        };
    }

    private static async Task<int> List(IReadOnlyList<RuleSet> sets, TextWriter stdout)
    {
        foreach (var set in sets)
        {
            await stdout.WriteLineAsync($"{set.Name}  {set.Version}  {set.Summaries.Count} 条规则  {set.Description}");
            foreach (var r in set.Summaries)
            {
                var state = r.Enabled ? "" : "（停用）";
                await stdout.WriteLineAsync($"  {r.Id,-40} {r.Kind,-10} {r.Severity.ToString().ToLowerInvariant(),-8}{state} {r.Description}");
            }
        }

        return 0;
    }

    private static async Task<int> Validate(IReadOnlyList<RuleSet> sets, TextWriter stdout)
    {
        foreach (var set in sets)
        {
            await stdout.WriteLineAsync($"{set.SourceFile}: {set.Name} 有效，{set.Summaries.Count} 条规则，版本 {set.Version}");
        }

        return 0;
    }

    private static async Task<int> Test(IReadOnlyList<RuleSet> sets, TextWriter stdout)
    {
        var engine = new RuleEngine();
        int passed = 0, failed = 0;
        foreach (var set in sets)
        {
            foreach (var r in RuleTestRunner.Run(set, engine))
            {
                if (r.Passed)
                {
                    passed++;
                    continue;
                }

                failed++;
                await stdout.WriteLineAsync($"失败 {r.RuleId} “{r.Name}”: {r.Detail}");
            }
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"规则测试: {passed} 通过, {failed} 失败"));
        return failed == 0 ? 0 : 2;
    }
}
