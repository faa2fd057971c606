using System.Text.Json.Nodes;
using Compliance.Rules.Findings;

namespace Compliance.Cli.Tests.Commands;

public class DigestCommandTests
{
    [Fact]
    public async Task Digest_FolderOfFindings_UsesCheckedAtAndComparesWithPreviousWeek()
    {
        using var folder = new TempFolder();
        await Write(folder.File("a-w01.json"), ReportCommandTests.Result("财政局", 3), "2025-12-30T10:00:00+08:00");
        await Write(folder.File("a-w02.json"), ReportCommandTests.Result("财政局", 1), "2026-01-06T10:00:00+08:00");
        await Write(folder.File("b-w02.json"), ReportCommandTests.Result("教育局", 2), "2026-01-07T10:00:00+08:00");

        var run = await CliRun.RunAsync("digest", folder.Path, "--week", "2026-W02", "--format", "md");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# 每周审核情况 · 2026-W02", run.Stdout, StringComparison.Ordinal);
        // open 3 (1 + 2), a week ago 3, +0; new 2 (教育局), fixed 2 (财政局 rows 2, 3), still open 1.
        Assert.Contains("| 2 | 2 | 3 | ±0 | 3 | 2 | 2 | 1 |", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 1 | 教育局 | 2 |", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_HtmlToFile_IsSelfContained()
    {
        using var folder = new TempFolder();
        await Write(folder.File("a.json"), ReportCommandTests.Result("财政局", 2), "2026-01-06T10:00:00+08:00");
        var output = Path.Combine(Path.GetTempPath(), $"digest-{Guid.NewGuid():N}.html");

        try
        {
            var run = await CliRun.RunAsync("digest", folder.Path, "--week", "2026-W02", "--format", "html", "--out", output);

            Assert.Equal(0, run.ExitCode);
            var html = await File.ReadAllTextAsync(output);
            Assert.Contains("<svg", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("2026-W99")]
    [InlineData("2026-01")]
    public async Task Digest_BadWeek_ExitsThree(string week)
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("digest", folder.Path, "--week", week);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("周", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_MissingFolder_ExitsThree()
    {
        var run = await CliRun.RunAsync("digest", "/nonexistent/findings", "--week", "2026-W02");

        Assert.Equal(3, run.ExitCode);
    }

    private static async Task Write(string path, Compliance.Rules.Engine.CheckResult result, string checkedAt)
    {
        var node = JsonNode.Parse(FindingsJson.Write(result))!.AsObject();
        node["checkedAt"] = checkedAt;
        await File.WriteAllTextAsync(path, node.ToJsonString());
    }
}
