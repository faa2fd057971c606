using System.Text;
using Bogus;
using Compliance.Cli.Generation;
using Compliance.Cli.Generation.Faults;
using Compliance.Documents.Model;
using static System.FormattableString;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>compliance generate --count N --seed S --out DIR [--kind budget|final|both] [--format json|text-tab|text-space|xlsx]
/// [--faults CATEGORY[,CATEGORY…]|all]</c>: writes N synthetic documents per kind (2N for both) as canonical JSON or as
/// disclosure text or as Excel drafts. With --faults each document carries one labelled fault, categories taken round-robin, and a sidecar
/// <c>&lt;file&gt;.fault.json</c> names it. The same arguments write byte-identical files.
/// </summary>
internal static class GenerateCommand
{
    public const int MaxCount = 100_000;

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "count", "seed", "out", "kind", "format", "faults" };

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
        var formatName = options.Get("format") ?? "json";
        var format = SyntheticFormat.Find(formatName)
            ?? throw new UsageException(Invariant($"--format 只能是 json、text-tab、text-space 或 xlsx，得到“{formatName}”。"));
        var categories = options.Get("faults") is { } faults ? FaultCategories.Parse(faults) : [];

        try
        {
            Directory.CreateDirectory(outDir);
            var generator = new DocumentGenerator(seed);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            int written = 0, faulty = 0, skipped = 0;
            for (var index = 1; index <= count; index++)
            {
                foreach (var kind in kinds)
                {
                    var name = format.FileName(generator.FileName(index, kind));
                    var document = generator.Generate(index, kind);
                    if (categories.Count > 0)
                    {
                        var category = categories[written % categories.Count];
                        var injected = FaultInjector.Inject(document, category, FaultRandom(seed, index, kind, category));
                        if (injected is null)
                        {
                            skipped++;
                        }
                        else
                        {
                            document = injected.Document;
                            await File.WriteAllTextAsync(Path.Combine(outDir, name + ".fault.json"), FaultLabelJson.Write(injected.Label, name), utf8);
                            faulty++;
                        }
                    }

                    await File.WriteAllBytesAsync(Path.Combine(outDir, name), format.Encode(document));
                    written++;
                }
            }

            var faultNote = categories.Count == 0 ? "" : Invariant($"，其中 {faulty} 个注入了故障") + (skipped > 0 ? Invariant($"（{skipped} 个文档没有适用的故障，保持无误）") : "");
            await stdout.WriteLineAsync(Invariant($"已生成 {written} 个文件{faultNote}，写入 {outDir}（种子 {seed}，格式 {format.Name}）。"));
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await CommandLine.Fail(stderr, Invariant($"无法写入 {outDir}: {ex.Message}"));
        }
    }

    /// <summary>The randomness a fault draws from: fixed by seed, index, kind and category, independent of the generator's.</summary>
    public static Randomizer FaultRandom(int seed, int index, DocumentKind kind, string category)
    {
        var categoryIndex = FaultCategories.All.ToList().IndexOf(category);
        unchecked
        {
            return new Randomizer((seed * 1_000_003) + (index * 7919) + ((int)kind * 104_729) + (categoryIndex * 31) + 17);
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
