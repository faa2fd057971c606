namespace Compliance.Cli.Commands;

internal static class ParseCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        CommandLine.Fail(stderr, "尚未实现。");
}
