using System.Diagnostics;
using System.Text;
using Compliance.Documents;
using Compliance.Documents.Model;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Xunit.Abstractions;

namespace Compliance.Rules.Tests.Definitions;

/// <summary>
/// Random mutations of the shipped rule files into the loader, from a fixed seed and within a time budget:
/// each is compiled or refused with <see cref="RuleSetLoadException"/>; what compiles also runs over a real
/// seed document without an exception escaping the engine. No input may run past the per-input timeout.
/// </summary>
public class RuleFileFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20260109;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);

    private static readonly string[] Fragments =
    [
        "&a ", "*a", "<<: *a", "[", "]", "{", "}", ": ", "- ", "  ", "\t", "#", "'", "\"", "|", ">", "!!str ", "!!binary ", "~", "null",
        "1e400", "-1", "99999999999999999999999999999", "0", "(", ")", "sum(projects, p => sum(projects, q => 1))", "*", "@*", "[*]",
        "=>", "..", "%", "Kind: expression", "Kind: share", "Severity: fatal", "Enabled: maybe", "System.IO.File", "\u0000", "\uFEFF",
    ];

    [Fact]
    public async Task Load_MutatedRuleFiles_CompileOrRefuseAndNeverEscapeTheEngine()
    {
        var root = RepoRoot();
        var files = Directory.GetFiles(Path.Combine(root, "rules"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var document = DocumentLoader.Load(Path.Combine(root, "..", "shared", "seeds", "003_85eec20c42472130.txt"));
        var engine = new RuleEngine();
        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        int inputs = 0, compiled = 0, refused = 0;
        while (clock.Elapsed < Budget)
        {
            var text = Mutate(files[random.Next(files.Length)], random);
            inputs++;
            var attempt = Task.Run(() => Attempt(text, document, engine));
            try
            {
                _ = await attempt.WaitAsync(PerInput) ? compiled++ : refused++;
            }
            catch (Exception ex) when (ex is not RuleSetLoadException)
            {
                var path = Path.Combine(Path.GetTempPath(), $"compliance-rule-fuzz-{Seed}-{inputs}.yaml");
                await File.WriteAllTextAsync(path, text);
                Assert.Fail($"input {inputs} (saved as {path}) threw {ex.GetType().Name}: {ex}");
            }
        }

        output.WriteLine($"{inputs} mutated rule files in {clock.Elapsed.TotalSeconds:F1} s: {compiled} compiled and ran, {refused} refused");
        Assert.True(inputs >= 20, $"only {inputs} inputs within the budget");
        Assert.True(refused > 0 && compiled > 0, "the mutations should both break and keep some files");
    }

    private static bool Attempt(string text, Document document, RuleEngine engine)
    {
        RuleSet set;
        try
        {
            set = RuleSetLoader.Parse(Encoding.UTF8.GetBytes(text), "fuzz.yaml");
        }
        catch (RuleSetLoadException)
        {
            return false;
        }

        engine.Check(document, [set]);
        return true;
    }

    /// <summary>One to three edits (more break nearly every file): drop, duplicate or swap lines, re-indent, cut a line, or splice in a YAML or expression fragment.</summary>
    private static string Mutate(string source, Random random)
    {
        var lines = source.Split('\n').ToList();
        for (var e = random.Next(1, 4); e > 0 && lines.Count > 1; e--)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0:
                    lines.RemoveRange(i, Math.Min(random.Next(1, 10), lines.Count - i));
                    break;
                case 1:
                    lines.InsertRange(i, lines.GetRange(i, Math.Min(random.Next(1, 20), lines.Count - i)));
                    break;
                case 2:
                    (lines[i], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[i]);
                    break;
                case 3:
                    lines[i] = new string(' ', random.Next(0, 9)) + lines[i].TrimStart();
                    break;
                case 4:
                    lines[i] = lines[i][..random.Next(lines[i].Length + 1)];
                    break;
                default:
                    var at = random.Next(lines[i].Length + 1);
                    lines[i] = lines[i][..at] + Fragments[random.Next(Fragments.Length)] + lines[i][at..];
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compliance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Compliance.sln not found");
    }
}
