using Compliance.Service.Reports;
using Quartz;

namespace Compliance.Service.Schedules;

/// <summary>Keeps each stored schedule's Quartz cron trigger in step with the schedule.</summary>
internal sealed class ScheduleTriggers(ISchedulerFactory schedulers)
{
    public const string Group = "schedules";

    /// <summary>Checks a definition before it is stored; returns the problem in Chinese, or null.</summary>
    public static string? Validate(ScheduleDefinition d)
    {
        if (d.Job is not (ScheduleJobs.Run or ScheduleJobs.WeeklyReport))
        {
            return $"job “{d.Job}” 应为 run 或 weekly-report。";
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(d.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            return $"时区 “{d.TimeZone}” 不存在（例如 Asia/Shanghai）。";
        }

        try
        {
            _ = CronScheduleBuilder.Create(d.Cron);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return $"cron 表达式 “{d.Cron}” 无效：{ex.Message}";
        }
    }

    public async Task ApplyAsync(Schedule schedule, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new TriggerKey(schedule.Name, Group);
        if (!schedule.Enabled)
        {
            await scheduler.UnscheduleJob(key, cancellationToken);
            return;
        }

        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(schedule.Job == ScheduleJobs.WeeklyReport ? WeeklyReportJob.Key : ScheduledRunJob.Key)
            .UsingJobData(ScheduledRunJob.ScheduleName, schedule.Name)
            .WithSchedule(CronScheduleBuilder.Create(schedule.Cron).InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone)))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJob(new TriggerKey(name, Group), cancellationToken);
    }

    public async Task<DateTimeOffset?> NextFireAsync(string name, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(new TriggerKey(name, Group), cancellationToken);
        return trigger?.NextFireTimeUtc;
    }
}
