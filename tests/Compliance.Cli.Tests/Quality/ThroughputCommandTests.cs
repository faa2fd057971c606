using Compliance.Cli.Generation.Throughput;
using Compliance.Cli.Tests.Commands;

namespace Compliance.Cli.Tests.Quality;

public class ThroughputCommandTests
{
    [Fact]
    public async Task BenchThroughput_SmallCorpus_PrintsRatesAndFindings()
    {
        var run = await CliRun.RunAsync("bench", "throughput", "--count", "14", "--seed", "2", "--rounds", "1", "--rules", RepoPaths.Rules);

        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("14 份文档", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"文档/秒 \d+  发现/秒 \d+  每轮发现 [1-9]\d*", run.Stdout);
    }

    [Fact]
    public async Task BenchThroughput_CountOutOfRange_ExitsThree()
    {
        var run = await CliRun.RunAsync("bench", "throughput", "--count", "0");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("--count", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_SameSeed_GivesTheSameDocuments()
    {
        var first = ThroughputCorpus.Build(7, 4);
        var second = ThroughputCorpus.Build(7, 4);

        Assert.Equal(7, first.Count);
        Assert.Equal(
            first.Select(d => Compliance.Documents.Json.DocumentJson.Write(d)),
            second.Select(d => Compliance.Documents.Json.DocumentJson.Write(d)));
    }
}
