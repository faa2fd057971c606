using System.Globalization;
using Compliance.Reports.Digest;
using System.Text.Json;
using Compliance.Service.Storage;
using Compliance.Service.Submissions;

namespace Compliance.Service.Pages.Infrastructure;

/// <summary>How the pages print stored values: Beijing time, Chinese names of kinds and statuses.</summary>
internal static class Display
{
    public static string Time(string? utcText) =>
        string.IsNullOrEmpty(utcText) ? "—" : Time(UtcText.Parse(utcText));

    public static string Time(DateTimeOffset? instant) =>
        instant is { } at ? at.ToOffset(IsoWeek.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "—";

    public static string Kind(string? kind) => kind switch
    {
        "Budget" => "部门预算",
        "FinalAccounts" => "部门决算",
        _ => kind ?? "—",
    };

    public static string RunKind(string kind) => kind switch
    {
        "upload" => "上传检查",
        "batch" => "批量检查",
        "scheduled" => "计划检查",
        _ => kind,
    };

    public static string Job(string job) => job switch
    {
        "checks.check-submission" => "检查一份报送",
        "schedules.scheduled-run" => "计划批量检查",
        "reports.weekly-report" => "周报",
        _ => job,
    };

    /// <summary>What a run or a schedule covers, in words: 区县 east，2024 年，部门决算 — or 全部.</summary>
    public static string Filter(SubmissionFilter? filter)
    {
        if (filter is null)
        {
            return "—";
        }

        var parts = new List<string>();
        if (filter.District is not null)
        {
            parts.Add("区县 " + filter.District);
        }

        if (filter.Department is not null)
        {
            parts.Add("部门 " + filter.Department);
        }

        if (filter.Year is { } year)
        {
            parts.Add(year.ToString(CultureInfo.InvariantCulture) + " 年");
        }

        if (filter.Kind is not null)
        {
            parts.Add(Kind(filter.Kind));
        }

        return parts.Count == 0 ? "全部报送" : string.Join("，", parts);
    }

    /// <summary>A run's stored filter (JSON), in words; a run without one (upload, re-check) covers named submissions.</summary>
    public static string Filter(string? filterJson) =>
        filterJson is null ? "指定的报送" : Filter(JsonSerializer.Deserialize<SubmissionFilter>(filterJson, ServiceJson.Options));

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
