using Compliance.Reports;
using Compliance.Rules.Findings;

namespace Compliance.Cli.Commands;

/// <summary><c>report FINDINGS.json --format html|md [--out PATH] [--culture zh-CN|en] [--templates DIR]</c>: a submission report.</summary>
internal static class ReportCommand
{
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["format", "out", "culture", "templates"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? clock = null)
    {
        var options = Options.Parse(args, Flags, Valued);
        if (options.Positional.Count != 1)
        {
            throw new UsageException("report 需要一个审核结果文件：compliance report FINDINGS.json --format html|md [--out PATH] [--culture zh-CN|en]");
        }

        var format = ReportOptions.Format(options.Get("format") ?? "html");
        string rendered;
        try
        {
            var result = FindingsJson.Read(await File.ReadAllTextAsync(options.Positional[0]));
            using var renderer = ReportOptions.Renderer(options, clock);
            rendered = renderer.RenderSubmission(result, format);
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or TemplateLoadException)
        {
            return await CommandLine.Fail(stderr, ex.Message);
        }

        await ReportOptions.WriteAsync(options, rendered, stdout);
        return 0;
    }
}

/// <summary>Options shared by <c>report</c> and <c>digest</c>.</summary>
internal static class ReportOptions
{
    public static ReportFormat Format(string name) => name switch
    {
        "html" => ReportFormat.Html,
        "md" => ReportFormat.Markdown,
        _ => throw new UsageException($"--format 只能是 html 或 md，得到“{name}”。"),
    };

    public static ReportRenderer Renderer(Options options, TimeProvider? clock)
    {
        try
        {
            var settings = new ReportsOptions { Culture = options.Get("culture") ?? "zh-CN", TemplateFolder = options.Get("templates") };
            return new ReportRenderer(settings, clock ?? TimeProvider.System);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    public static async Task WriteAsync(Options options, string rendered, TextWriter stdout)
    {
        if (options.Get("out") is { } path)
        {
            await File.WriteAllTextAsync(path, rendered);
        }
        else
        {
            await stdout.WriteAsync(rendered);
        }
    }
}
