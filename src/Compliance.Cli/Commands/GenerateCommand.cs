using System.Text;
using Compliance.Cli.Generation;
using Compliance.Documents.Json;
using Compliance.Documents.Model;
using static System.FormattableString;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>compliance generate --count N --seed S --out DIR [--kind budget|final|both]</c>: writes N synthetic
/// documents per kind (2N for both) as canonical JSON. The same seed writes byte-identical files.
/// </summary>
internal static class GenerateCommand
{
    public const int MaxCount = 100_000;

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "count", "seed", "out", "kind" };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Flags, Valued);
        if (options.Positional.Count > 0)
        {
            throw new UsageException(Invariant($"generate 不接受位置参数“{options.Positional[0]}”。"));
        }

        var count = options.GetInt("count", -1);
        if (count is < 1 or > MaxCount)
        {
            throw new UsageException(count == -1 && !options.Has("count")
                ? "generate 需要 --count N。"
                : Invariant($"--count 须在 1 到 {MaxCount} 之间，得到 {count}。"));
        }

        var seed = options.GetInt("seed", 1);
        var outDir = options.Get("out") is { Length: > 0 } dir ? dir : throw new UsageException("generate 需要 --out DIR。");
        var kinds = Kinds(options.Get("kind") ?? "both");

        try
        {
            Directory.CreateDirectory(outDir);
            var generator = new DocumentGenerator(seed);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            var written = 0;
            for (var index = 1; index <= count; index++)
            {
                foreach (var kind in kinds)
                {
                    var path = Path.Combine(outDir, generator.FileName(index, kind));
                    await File.WriteAllTextAsync(path, DocumentJson.Write(generator.Generate(index, kind)), utf8);
                    written++;
                }
            }

            await stdout.WriteLineAsync(Invariant($"已生成 {written} 个文件，写入 {outDir}（种子 {seed}）。"));
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await CommandLine.Fail(stderr, Invariant($"无法写入 {outDir}: {ex.Message}"));
        }
    }

    private static DocumentKind[] Kinds(string value) => value switch
    {
        "budget" => [DocumentKind.Budget],
        "final" => [DocumentKind.FinalAccounts],
        "both" => [DocumentKind.Budget, DocumentKind.FinalAccounts],
        _ => throw new UsageException(Invariant($"--kind 只能是 budget、final 或 both，得到“{value}”。")),
    };
}
