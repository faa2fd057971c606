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
