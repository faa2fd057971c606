namespace Compliance.Cli.Tests.Generation;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "compliance-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Run_ValidOptions_WritesFilesAndReportsCount()
    {
        var dir = Path.Combine(root, "nested", "out");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var code = await CommandLine.RunAsync(["generate", "--count", "3", "--seed", "17", "--out", dir, "--kind", "final"], stdout, stderr);

        Assert.Equal(0, code);
        var files = Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);
        Assert.StartsWith("0001-", files[0], StringComparison.Ordinal);
        Assert.All(files, f => Assert.EndsWith("-final.json", f, StringComparison.Ordinal));
        Assert.Contains("3", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public async Task Run_KindBoth_WritesBudgetAndFinalPerIndex()
    {
        var dir = Path.Combine(root, "both");

        var code = await CommandLine.RunAsync(["generate", "--count", "2", "--seed", "1", "--out", dir], TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, code);
        var files = Directory.GetFiles(dir).Select(Path.GetFileName).ToList();
        Assert.Equal(4, files.Count);
        Assert.Equal(2, files.Count(f => f!.EndsWith("-budget.json", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_SameSeedTwice_WritesByteIdenticalFiles()
    {
        var (a, b) = (Path.Combine(root, "a"), Path.Combine(root, "b"));

        await CommandLine.RunAsync(["generate", "--count", "4", "--seed", "5", "--out", a], TextWriter.Null, TextWriter.Null);
        await CommandLine.RunAsync(["generate", "--count", "4", "--seed", "5", "--out", b], TextWriter.Null, TextWriter.Null);

        var names = Directory.GetFiles(a).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(b).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        Assert.All(names, n => Assert.Equal(File.ReadAllBytes(Path.Combine(a, n!)), File.ReadAllBytes(Path.Combine(b, n!))));
        var first = File.ReadAllBytes(Path.Combine(a, names[0]!));
        Assert.False(first.Length >= 3 && first[0] == 0xEF && first[1] == 0xBB && first[2] == 0xBF, "no byte-order mark");
    }

    [Theory]
    [InlineData("--seed", "1", "--out", "x")]
    [InlineData("--count", "0", "--out", "x")]
    [InlineData("--count", "abc", "--out", "x")]
    [InlineData("--count", "2", "--seed", "1.5", "--out", "x")]
    [InlineData("--count", "2")]
    [InlineData("--count", "2", "--out", "x", "--kind", "draft")]
    [InlineData("--count", "2", "--out", "x", "--verbose")]
    [InlineData("--count", "2", "--out", "x", "extra")]
    [InlineData("--count")]
    public async Task Run_BadOptions_ExitsWithThreeAndExplains(params string[] options)
    {
        var stderr = new StringWriter();

        var code = await CommandLine.RunAsync(["generate", .. options], TextWriter.Null, stderr);

        Assert.Equal(3, code);
        Assert.StartsWith("compliance: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists("x") && Directory.GetFiles("x").Length > 0);
    }

    [Fact]
    public async Task Run_OutIsAFile_ExitsWithThree()
    {
        Directory.CreateDirectory(root);
        var file = Path.Combine(root, "occupied");
        await File.WriteAllTextAsync(file, "not a directory");
        var stderr = new StringWriter();

        var code = await CommandLine.RunAsync(["generate", "--count", "1", "--out", file], TextWriter.Null, stderr);

        Assert.Equal(3, code);
        Assert.Contains("occupied", stderr.ToString(), StringComparison.Ordinal);
    }
}
