using Compliance.Documents.Excel;
using Compliance.Documents.Model;
using static System.FormattableString;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>compliance template --kind budget|final --year YYYY --out FILE.xlsx</c>: writes the blank Excel draft a department
/// fills in (standard tables, projects and indicators, self-evaluations, instructions); <c>check</c> reads it back.
/// </summary>
internal static class TemplateCommand
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "kind", "year", "out" };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Flags, Valued);
        if (options.Positional.Count > 0)
        {
            throw new UsageException(Invariant($"template 不接受位置参数“{options.Positional[0]}”。"));
        }

        var kind = (options.Get("kind") ?? throw new UsageException("template 需要 --kind budget 或 --kind final。")) switch
        {
            "budget" => DocumentKind.Budget,
            "final" => DocumentKind.FinalAccounts,
            var other => throw new UsageException(Invariant($"--kind 只能是 budget 或 final，得到“{other}”。")),
        };
        if (!options.Has("year"))
        {
            throw new UsageException("template 需要 --year YYYY。");
        }

        var year = options.GetInt("year", 0);
        if (year is < 1990 or > 2100)
        {
            throw new UsageException(Invariant($"--year 须在 1990 到 2100 之间，得到 {year}。"));
        }

        var output = options.Get("out") is { Length: > 0 } o ? o : throw new UsageException("template 需要 --out FILE.xlsx。");
        if (!output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException(Invariant($"--out 须是 .xlsx 文件，得到“{output}”。"));
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(output));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using var buffer = new MemoryStream();
            DraftWorkbook.WriteTemplate(kind, year, buffer);
            await File.WriteAllBytesAsync(output, buffer.ToArray());
            await stdout.WriteLineAsync(Invariant($"已写出 {year} 年度{(kind == DocumentKind.Budget ? "部门预算" : "部门决算")}填报模板：{output}"));
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await CommandLine.Fail(stderr, Invariant($"无法写入 {output}: {ex.Message}"));
        }
    }
}
