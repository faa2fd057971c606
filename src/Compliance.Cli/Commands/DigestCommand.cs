using Compliance.Reports.Digest;
using Compliance.Reports;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>digest DIR [--week yyyy-Www] --format html|md [--out PATH] [--culture zh-CN|en] [--templates DIR]</c>: the weekly
/// digest over every findings JSON in DIR (check time from each file's <c>checkedAt</c>, else its last-write time).
/// Without <c>--week</c>, the last completed week.
/// </summary>
internal static class DigestCommand
{
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["week", "format", "out", "culture", "templates"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? clock = null)
    {
        var options = Options.Parse(args, Flags, Valued);
        if (options.Positional.Count != 1)
        {
            throw new UsageException("digest 需要一个目录：compliance digest DIR [--week yyyy-Www] --format html|md [--out PATH]");
        }

        var time = clock ?? TimeProvider.System;
        var format = ReportOptions.Format(options.Get("format") ?? "html");
        IsoWeek week;
        try
        {
            week = options.Get("week") is { } w ? IsoWeek.Parse(w) : IsoWeek.Containing(time.GetUtcNow()).Previous;
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message);
        }

        var folder = options.Positional[0];
        if (!Directory.Exists(folder))
        {
            return await CommandLine.Fail(stderr, $"目录“{folder}”不存在。");
        }

        string rendered;
        try
        {
            var results = SubmissionFiles.ReadFolder(folder);
            using var renderer = ReportOptions.Renderer(options, time);
            rendered = renderer.RenderDigest(WeeklyDigest.Compute(results, week, time), format);
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or TemplateLoadException)
        {
            return await CommandLine.Fail(stderr, ex.Message);
        }

        await ReportOptions.WriteAsync(options, rendered, stdout);
        return 0;
    }
}
