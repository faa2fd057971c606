namespace Compliance.Service.Schedules;

/// <summary>One schedule as configured or sent to PUT /api/schedules/{name}.</summary>
internal sealed class ScheduleDefinition
{
    /// <summary>Quartz cron expression (seconds first), e.g. <c>0 0 8 ? * MON</c>.</summary>
    public string Cron { get; set; } = "";

    /// <summary>IANA time zone the cron expression is read in.</summary>
    public string TimeZone { get; set; } = ScheduleJobs.DefaultTimeZone;

    /// <summary><c>run</c> (a batch rule run over <see cref="Filter"/>) or <c>weekly-report</c>.</summary>
    public string Job { get; set; } = ScheduleJobs.Run;

    /// <summary>Which submissions a <c>run</c> schedule re-checks.</summary>
    public Submissions.SubmissionFilter? Filter { get; set; }

    public bool Enabled { get; set; } = true;
}

/// <summary>
/// The <c>Schedules</c> section: schedules seeded into the database at start when absent. Once stored,
/// the API owns them, so an edit or a deletion survives restarts.
/// </summary>
internal sealed class SchedulesOptions
{
    public const string Section = "Schedules";

    public Dictionary<string, ScheduleDefinition> Seed { get; set; } = new(StringComparer.Ordinal)
    {
        // The weekly findings report, Monday 08:00 Beijing time, unless configuration says otherwise.
        ["weekly-report"] = new ScheduleDefinition { Cron = "0 0 8 ? * MON", Job = ScheduleJobs.WeeklyReport },
    };
}

internal static class ScheduleJobs
{
    public const string Run = "run";
    public const string WeeklyReport = "weekly-report";
    public const string DefaultTimeZone = "Asia/Shanghai";
}
