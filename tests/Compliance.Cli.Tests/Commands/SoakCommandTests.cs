namespace Compliance.Cli.Tests.Commands;

public class SoakCommandTests
{
    [Fact]
    public async Task Soak_WithoutUrl_ExitsThreeNamingTheOption()
    {
        var run = await CliRun.RunAsync("soak", "--minutes", "1", "--key", "k");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("--url", run.Stderr, StringComparison.Ordinal);
    }
}
