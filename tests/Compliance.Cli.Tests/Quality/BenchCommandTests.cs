using Compliance.Cli.Tests.Commands;

namespace Compliance.Cli.Tests.Quality;

public class BenchCommandTests
{
    [Fact]
    public async Task BenchQuality_Json_PrintsRecallTableAndZeroFalseErrors()
    {
        var run = await CliRun.RunAsync("bench", "quality", "--count", "5", "--seed", "3", "--format", "json", "--rules", RepoPaths.Rules);

        Assert.Equal("", run.Stderr);
        Assert.Contains("== 格式 json ==", run.Stdout, StringComparison.Ordinal);
        foreach (var category in new[] { "totals", "sangong", "execution-rate", "performance-targets", "narrative", "structure" })
        {
            Assert.Matches($@"(?m)^{category}\s+5\s+\d\s+\d+\.\d%", run.Stdout);
        }

        Assert.Contains("无误文档 5，含错误发现 0，误报率 0.0%", run.Stdout, StringComparison.Ordinal);
        var met = run.Stdout.Contains("结论：全部达标。", StringComparison.Ordinal);
        Assert.Equal(met ? 0 : 1, run.ExitCode);
    }

    [Fact]
    public async Task BenchQuality_TextSpace_MissedTargetExitsOne()
    {
        var run = await CliRun.RunAsync("bench", "quality", "--count", "2", "--seed", "3", "--format", "text-space", "--rules", RepoPaths.Rules);

        var met = run.Stdout.Contains("结论：全部达标。", StringComparison.Ordinal);
        Assert.Equal(met ? 0 : 1, run.ExitCode);
        Assert.Contains("误报率", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchQuality_UnknownFormat_ExitsThree()
    {
        var run = await CliRun.RunAsync("bench", "quality", "--format", "pdf");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("--format", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WithFaults_WritesSidecarLabels()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("generate", "--count", "3", "--seed", "5", "--out", folder.Path, "--kind", "final", "--format", "text-tab", "--faults", "totals,structure");

        Assert.Equal(0, run.ExitCode);
        var texts = Directory.GetFiles(folder.Path, "*.txt");
        var labels = Directory.GetFiles(folder.Path, "*.fault.json");
        Assert.Equal(3, texts.Length);
        Assert.Equal(3, labels.Length);
        var categories = labels.Order(StringComparer.Ordinal).Select(l => Compliance.Cli.Generation.Faults.FaultLabelJson.Read(File.ReadAllText(l)).Category).ToList();
        Assert.Equal(["totals", "structure", "totals"], categories);
    }
}
