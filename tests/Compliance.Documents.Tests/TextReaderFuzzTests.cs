using System.Diagnostics;
using System.Text;
using Compliance.Tests.Shared;
using Xunit.Abstractions;

namespace Compliance.Documents.Tests;

/// <summary>
/// Random mutations of the shared seeds into the disclosure-text reader, from a fixed seed and within a time
/// budget: every input is read or refused with <see cref="DocumentReadException"/>, none throws anything else
/// or runs past the per-input timeout.
/// </summary>
public class TextReaderFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20260109;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);

    private static readonly string[] Fragments =
    [
        "\t", "  ", "\f", "\r", "1,2,3.4.5", "-", "—", "%", "99999999999999999999999999999999.99", "0.00", "-0.01", "（", "）",
        "合计", "小计", "万元", "元", "表", "增长", "减少", "占", "%。", "完成年初预算的", "项目名称", "绩效目标", "一级指标", "\u0000", "\uFFFD", "𠀀",
    ];

    [Fact]
    public async Task Read_MutatedSeeds_OnlyReadOrRefuseWithinTimeout()
    {
        var random = new Random(Seed);
        var seeds = Directory.GetFiles(Path.Combine(BadInputCorpus.SharedFolder(), "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToArray();
        var clock = Stopwatch.StartNew();
        int inputs = 0, read = 0, refused = 0;
        while (clock.Elapsed < Budget)
        {
            var text = Mutate(seeds[random.Next(seeds.Length)], random);
            var bytes = random.Next(10) == 0 ? ByteMutate(Encoding.UTF8.GetBytes(text), random) : Encoding.UTF8.GetBytes(text);
            var name = $"fuzz-{inputs}.txt";
            inputs++;
            var attempt = Task.Run(() =>
            {
                try
                {
                    DocumentLoader.LoadWithStatistics(bytes, name);
                    return true;
                }
                catch (DocumentReadException)
                {
                    return false;
                }
            });
            try
            {
                _ = await attempt.WaitAsync(PerInput) ? read++ : refused++;
            }
            catch (Exception ex) when (ex is not DocumentReadException)
            {
                var path = Path.Combine(Path.GetTempPath(), $"compliance-fuzz-{Seed}-{inputs}.txt");
                await File.WriteAllBytesAsync(path, bytes);
                Assert.Fail($"input {inputs} (saved as {path}) threw {ex.GetType().Name}: {ex}");
            }
        }

        output.WriteLine($"{inputs} mutated inputs in {clock.Elapsed.TotalSeconds:F1} s: {read} read, {refused} refused");
        Assert.True(inputs >= 20, $"only {inputs} inputs within the budget");
    }

    /// <summary>One to eight line-level edits: drop, duplicate, swap, cut, or splice a fragment into a line.</summary>
    private static string Mutate(string seed, Random random)
    {
        var lines = seed.Split('\n').ToList();
        var edits = random.Next(1, 9);
        for (var e = 0; e < edits && lines.Count > 1; e++)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0:
                    lines.RemoveRange(i, Math.Min(random.Next(1, 40), lines.Count - i));
                    break;
                case 1:
                    lines.InsertRange(i, lines.GetRange(i, Math.Min(random.Next(1, 30), lines.Count - i)));
                    break;
                case 2:
                    (lines[i], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[i]);
                    break;
                case 3:
                    lines[i] = lines[i][..random.Next(lines[i].Length + 1)];
                    break;
                case 4:
                    var at = random.Next(lines[i].Length + 1);
                    lines[i] = lines[i][..at] + Fragments[random.Next(Fragments.Length)] + lines[i][at..];
                    break;
                case 5:
                    lines[i] = new string(lines[i].Select(c => char.IsDigit(c) && random.Next(4) == 0 ? (char)('0' + random.Next(10)) : c).ToArray());
                    break;
                default:
                    lines = lines.GetRange(0, i + 1);
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    private static byte[] ByteMutate(byte[] bytes, Random random)
    {
        for (var k = random.Next(1, 16); k > 0 && bytes.Length > 0; k--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }
}
