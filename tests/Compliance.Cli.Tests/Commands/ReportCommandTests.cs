using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Cli.Tests.Commands;

public class ReportCommandTests
{
    internal static CheckResult Result(string department, int errors) => new(
        new DocumentInfo { Department = department, Year = 2024, Kind = DocumentKind.FinalAccounts, SourceFile = "a.json" },
        [("totals", "sha256:abc")],
        Enumerable.Range(1, errors).Select(i => new Finding
        {
            RuleId = "totals.x", RuleSet = "totals", Severity = Severity.Error, Message = $"合计不符 {i}", Stated = 100m + i, Computed = 100m,
            Location = new Location { Table = "收入支出决算总表", Row = $"行 {i}", Line = 10 + i, Excerpt = $"合计{100 + i}万元" },
        }).ToList());

    [Fact]
    public async Task Report_FindingsJson_WritesHtmlWithEveryFinding()
    {
        using var folder = new TempFolder();
        var input = folder.File("findings.json");
        await File.WriteAllTextAsync(input, FindingsJson.Write(Result("<b>财政局</b>", 2)));
        var output = folder.File("report.html");

        var run = await CliRun.RunAsync("report", input, "--format", "html", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var html = await File.ReadAllTextAsync(output);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;财政局&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("合计<mark>102</mark>万元", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MarkdownInEnglish_PrintsToStdout()
    {
        using var folder = new TempFolder();
        var input = folder.File("findings.json");
        await File.WriteAllTextAsync(input, FindingsJson.Write(Result("财政局", 1)));

        var run = await CliRun.RunAsync("report", input, "--format", "md", "--culture", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# 财政局 · 2024 · Final accounts · Check report", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 101 | 100 | +1 |", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"findings\": []}")]
    public async Task Report_NotAFindingsDocument_ExitsThreeWithMessage(string content)
    {
        using var folder = new TempFolder();
        var input = folder.File("bad.json");
        await File.WriteAllTextAsync(input, content);

        var run = await CliRun.RunAsync("report", input, "--format", "html");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("findings JSON", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownFormat_ExitsThree()
    {
        var run = await CliRun.RunAsync("report", "x.json", "--format", "pdf");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("--format", run.Stderr, StringComparison.Ordinal);
    }
}
