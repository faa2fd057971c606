using System.Globalization;
using Compliance.Documents;
using Compliance.Documents.Json;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance parse FILE [--format json] [--stats]</c>: prints the canonical document or what was recognised.</summary>
internal static class ParseCommand
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "stats" };
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "format" };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Flags, Valued);
        if (options.Positional.Count != 1)
        {
            return await CommandLine.Fail(stderr, "用法: compliance parse FILE [--format json] [--stats]");
        }

        var format = options.Get("format") ?? "json";
        if (format != "json")
        {
            return await CommandLine.Fail(stderr, $"不支持的输出格式“{format}”，parse 只支持 json。");
        }

        var path = options.Positional[0];
        DisclosureReadResult result;
        try
        {
            if (!File.Exists(path))
            {
                return await CommandLine.Fail(stderr, $"{path}: 文件不存在。");
            }

            if (new FileInfo(path).Length > DocumentLoader.MaxFileBytes)
            {
                return await CommandLine.Fail(stderr, $"{path}: 文件超过 {DocumentLoader.MaxFileBytes / 1024 / 1024} MB 上限。");
            }

            result = DocumentLoader.LoadWithStatistics(await File.ReadAllBytesAsync(path), Path.GetFileName(path));
        }
        catch (DocumentReadException ex)
        {
            return await CommandLine.Fail(stderr, ex.Message);
        }

        if (options.Has("stats"))
        {
            await WriteStats(result.Statistics, stdout);
        }
        else
        {
            await stdout.WriteLineAsync(DocumentJson.Write(result.Document));
        }

        return 0;
    }

    private static async Task WriteStats(ParseStatistics s, TextWriter stdout)
    {
        var inv = CultureInfo.InvariantCulture;
        await stdout.WriteLineAsync($"标准表 {s.Tables.Count} 张:");
        foreach (var t in s.Tables)
        {
            await stdout.WriteLineAsync(string.Create(inv, $"  {t.Id,-20} 第 {t.Line,4} 行  {t.Rows,3} 行数据  单位 {t.Unit}  {t.Title}"));
        }

        await stdout.WriteLineAsync(string.Create(inv, $"项目 {s.Projects} 个，绩效自评 {s.SelfEvaluations} 份，叙述性数字 {s.Claims} 处"));
        await stdout.WriteLineAsync(string.Create(inv, $"表内数字行 {s.NumericTableLines}，已映射 {s.MappedTableLines}（{s.MappedPercent}%）"));
        if (s.Unmapped.Count > 0)
        {
            await stdout.WriteLineAsync("未映射的数字行:");
            foreach (var u in s.Unmapped)
            {
                await stdout.WriteLineAsync(string.Create(inv, $"  {u.Line,5}: {u.Text}"));
            }
        }
    }
}
