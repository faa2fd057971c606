using System.Globalization;
using Compliance.Reports.Digest;
using Compliance.Service.Storage;

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

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
