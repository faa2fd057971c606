using System.Text.Json;
using Compliance.Tests.Shared;

namespace Compliance.Cli.Tests.Commands;

/// <summary>Every case of the generated bad-input corpus through <c>compliance check</c>: exit 3 with a specific message, or findings.</summary>
public class BadInputCheckTests
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(90);

    public static TheoryData<string> Cases => BadInputCorpus.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Check_BadInput_ExitsThreeWithMessageOrReportsFindings(string name)
    {
        var input = BadInputCorpus.Get(name);
        using var folder = new TempFolder();
        var path = folder.File(input.FileName);
        await File.WriteAllBytesAsync(path, input.Content);

        var run = await CliRun.RunAsync("check", path, "--rules", RepoPaths.Rules, "--format", "json").WaitAsync(PerInput);

        if (input.Outcome == BadInputOutcome.Partial)
        {
            Assert.True(run.ExitCode is 0 or 1 or 2, $"{name}: exit {run.ExitCode}: {run.Stderr}");
            using var json = JsonDocument.Parse(run.Stdout);
            Assert.Equal(input.FileName, json.RootElement.GetProperty("document").GetProperty("file").GetString());
            return;
        }

        Assert.Equal(3, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.StartsWith("compliance: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(input.FileName, run.Stderr, StringComparison.Ordinal);
        if (input.Outcome == BadInputOutcome.Rejected)
        {
            Assert.Contains(input.MessagePart, run.Stderr, StringComparison.Ordinal);
        }
    }
}
