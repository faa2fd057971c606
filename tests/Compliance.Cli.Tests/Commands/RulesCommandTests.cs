using Compliance.Cli.Commands;
using Compliance.Rules.Definitions;

namespace Compliance.Cli.Tests.Commands;

public class RulesCommandTests
{
    [Fact]
    public void Doc_RuleCatalogueFile_MatchesTheRuleFiles()
    {
        var expected = RulesCommand.Catalogue(RuleSetLoader.LoadDirectory(RepoPaths.Rules));

        var actual = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rule-catalogue.md"));

        Assert.True(expected == actual, "docs/rule-catalogue.md is out of date: run `dotnet run --project src/Compliance.Cli -- rules doc > docs/rule-catalogue.md`");
    }

    [Fact]
    public async Task Test_ShippedRules_AllCasesPassAndExitZero()
    {
        var run = await CliRun.RunAsync("rules", "test", "--rules", RepoPaths.Rules);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(", 0 失败", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsEverySetWithVersion()
    {
        var run = await CliRun.RunAsync("rules", "list", "--rules", RepoPaths.Rules);

        Assert.Equal(0, run.ExitCode);
        foreach (var set in new[] { "totals", "narrative", "sangong", "execution-rate", "performance-targets", "structure" })
        {
            Assert.Contains(set + "  sha256:", run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Validate_BrokenRuleFile_ExitsThreeListingEveryProblem()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("a.yaml"), "WorkflowName: a\nRules:\n  - RuleName: x\n    Kind: nosuch\n  - Kind: sum\n");

        var run = await CliRun.RunAsync("rules", "validate", "--rules", folder.Path);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("规则 x: 字段 Kind", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("字段 RuleName", run.Stderr, StringComparison.Ordinal);
    }
}

public class RuleParameterOverrideTests
{
    [Fact]
    public async Task Check_AppsettingsOverridesThreshold_ChangesFindingsAndVersion()
    {
        using var folder = new TempFolder();
        var seed = Path.Combine(RepoPaths.Shared, "seeds", "003_85eec20c42472130.txt");
        await File.WriteAllTextAsync(folder.File("appsettings.json"),
            """{ "Rules": { "Parameters": { "execution-rate": { "above": "1" } } } }""");

        var defaults = await CliRun.RunAsync("check", seed, "--rules", RepoPaths.Rules, "--config", folder.File("none.json"));
        var lowered = await CliRun.RunAsync("check", seed, "--rules", RepoPaths.Rules, "--config", folder.File("appsettings.json"));

        // 三公 决算 0.96 of 预算 28.60 is 3.4 %: over budget only once the threshold is lowered to 1 %.
        Assert.DoesNotContain("execution-rate.sangong.over-budget", defaults.Stdout, StringComparison.Ordinal);
        Assert.Contains("execution-rate.sangong.over-budget", lowered.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(Version(defaults.Stdout, "execution-rate"), Version(lowered.Stdout, "execution-rate"));
        Assert.Equal(Version(defaults.Stdout, "totals"), Version(lowered.Stdout, "totals"));
    }

    [Fact]
    public async Task Check_OverrideOfUnknownParameter_ExitsThreeNamingIt()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("appsettings.json"),
            """{ "Rules": { "Parameters": { "execution-rate": { "explainBelw": "40" } } } }""");

        var run = await CliRun.RunAsync("check", Path.Combine(RepoPaths.Shared, "seeds", "003_85eec20c42472130.txt"),
            "--rules", RepoPaths.Rules, "--config", folder.File("appsettings.json"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("explainBelw", run.Stderr, StringComparison.Ordinal);
    }

    private static string Version(string findingsJson, string ruleSet)
    {
        using var json = System.Text.Json.JsonDocument.Parse(findingsJson);
        return json.RootElement.GetProperty("ruleSets").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == ruleSet).GetProperty("version").GetString()!;
    }
}
