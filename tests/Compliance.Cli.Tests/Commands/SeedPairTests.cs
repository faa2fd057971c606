using System.Globalization;
using System.Text.Json;
using Compliance.Documents;
using Compliance.Documents.Identity;
using Compliance.Documents.Model;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Compliance.Rules.Linking;

namespace Compliance.Cli.Tests.Commands;

/// <summary>
/// The shared seeds 000 (2020 部门预算) and 003 (2020 部门决算) of 武汉市东西湖区大数据中心, read as an auditor would:
/// the final accounts restate the budget's 一般公共预算财政拨款支出 1286.74, its “三公” budget 28.6 = 0 + 28.1 (25 + 3.1) + 0.5,
/// its project total 802.82 = 481.74 + 255.58 + 65 + 0.5 and its four projects with their targets — all as published.
/// Two projects were adjusted during the year (255.58 → 219.78, 65 → 40; 追加并调整后预算资金 765.02): reported as info.
/// The budget publishes no 一般公共预算支出表, so the final's class figures (1213.46, 36.55, 21.45, 15.28) have nothing to
/// be compared with.
/// </summary>
public class SeedPairTests
{
    private const string Budget = "seeds/000_a26962c5fc85fb3c.txt";
    private const string Final = "seeds/003_85eec20c42472130.txt";
    private static readonly IReadOnlyList<RuleSet> ShippedRules = RuleSetLoader.LoadDirectory(RepoPaths.Rules);

    // 255.5800 as printed in the project table compares as 255.58.
    private static string? Plain(decimal? value) => value?.ToString("G29", CultureInfo.InvariantCulture);

    private static Document Load(string relative) => DocumentLoader.Load(Path.Combine(RepoPaths.Shared, relative));

    [Fact]
    public void Link_SeedBudgetAndFinal_AreOnePair()
    {
        var budget = Load(Budget);
        var final = Load(Final);

        var link = Assert.Single(DocumentLinker.Link([final, budget]));

        Assert.Equal(RuleScope.Pair, link.Scope);
        Assert.Same(final, link.Checked);
        Assert.Same(budget, link.Other);
        Assert.True(DepartmentName.Same(budget.Info.Department, "区大数据中心"));
    }

    [Fact]
    public void CheckPair_Seeds_OnlyTheTwoAdjustedProjectsDiffer()
    {
        var result = new RuleEngine().Check(DocumentLink.Pair(Load(Budget), Load(Final)), ShippedRules);

        Assert.Contains(result.RuleSets, s => s.Name == "pair");
        var found = result.Findings.Select(f => $"{f.RuleId} {f.Severity} {Plain(f.Stated)} {Plain(f.Computed)}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "pair.project.adjusted-budget Info 219.78 255.58",
                "pair.project.adjusted-budget Info 40 65",
            ],
            found);
        Assert.All(result.Findings, f => Assert.Equal("000_a26962c5fc85fb3c.txt", f.Location.Document));
        Assert.All(result.Findings, f => Assert.Equal("003_85eec20c42472130.txt", f.Related?.Document));
    }

    [Fact]
    public void CheckPair_BudgetTotalMisstated_ReportsTheFinalsRestatement()
    {
        var budget = Load(Budget);
        var altered = budget with
        {
            Claims = [.. budget.Claims.Select(c => c.Subject == "一般公共预算财政拨款支出预算" ? c with { Value = 1268.74m } : c)],
        };

        var result = new RuleEngine().Check(DocumentLink.Pair(altered, Load(Final)), ShippedRules);

        var finding = Assert.Single(result.Findings, f => f.RuleId == "pair.general-public.original-budget");
        Assert.Equal(1286.74m, finding.Stated);
        Assert.Equal(1268.74m, finding.Computed);
        Assert.Equal(397, finding.Location.Line);
    }

    [Fact]
    public void CheckPair_SangongBudgetLineMisstated_ReportsTheRow()
    {
        var budget = Load(Budget);
        var altered = budget with
        {
            Claims = [.. budget.Claims.Select(c => c.Subject.StartsWith("公务用车购置费", StringComparison.Ordinal) ? c with { Value = 20m } : c)],
        };

        var result = new RuleEngine().Check(DocumentLink.Pair(altered, Load(Final)), ShippedRules);

        var finding = Assert.Single(result.Findings, f => f.RuleId == "pair.sangong.original-budget");
        Assert.Equal(25m, finding.Stated);
        Assert.Equal(20m, finding.Computed);
    }

    [Fact]
    public void CheckPair_ProjectMissingFromSelfEvaluations_IsReported()
    {
        var final = Load(Final);
        var without = final with
        {
            SelfEvaluations = [.. final.SelfEvaluations.Where(e => e.Subject != "党建工妇青经费")],
            Claims = [.. final.Claims.Where(c => !c.Excerpt.Contains("党建工妇青经费", StringComparison.Ordinal))],
        };

        var result = new RuleEngine().Check(DocumentLink.Pair(Load(Budget), without), ShippedRules);

        Assert.Single(result.Findings, f => f.RuleId == "pair.project.self-evaluated" && f.Message.Contains("党建工妇青经费", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckWith_SeedPair_PrintsOneContractObjectNamingBothFiles()
    {
        var run = await CliRun.RunAsync("check", Path.Combine(RepoPaths.Shared, Final), "--with", Path.Combine(RepoPaths.Shared, Budget),
            "--rules", RepoPaths.Rules);

        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("003_85eec20c42472130.txt", root.GetProperty("document").GetProperty("file").GetString());
        Assert.Equal("000_a26962c5fc85fb3c.txt", root.GetProperty("linked")[0].GetProperty("file").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "pair.project.adjusted-budget");
        // The single-document errors of 003 are still there, now naming their file.
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "narrative.procurement.composition"
            && f.GetProperty("location").GetProperty("document").GetString() == "003_85eec20c42472130.txt");
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task CheckWith_UnreadableOtherFile_FailsWithExitCode3()
    {
        using var folder = new TempFolder();
        var empty = folder.File("empty.txt");
        await File.WriteAllTextAsync(empty, "");

        var run = await CliRun.RunAsync("check", Path.Combine(RepoPaths.Shared, Final), "--with", empty, "--rules", RepoPaths.Rules);

        Assert.Equal(3, run.ExitCode);
        Assert.NotEmpty(run.Stderr);
    }
}
