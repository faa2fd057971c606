using Compliance.Service.Runs;
using Compliance.Service.Submissions;
using Quartz;

namespace Compliance.Service.Schedules;

/// <summary>Fired by a schedule's cron trigger on one node of the cluster: starts a batch run over the schedule's filter.</summary>
[RetryPolicy(3, "00:00:10", 2.0)]
internal sealed class ScheduledRunJob(ScheduleStore schedules, RunLauncher launcher) : IJob
{
    public static readonly JobKey Key = new("scheduled-run", "schedules");
    public const string ScheduleName = "schedule";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(ScheduleName)!;
        if (await schedules.GetAsync(name, cancellationToken) is not { Enabled: true } schedule)
        {
            return;
        }

        var (runId, total) = await launcher.StartAsync(RunKinds.Scheduled, schedule.Filter ?? new SubmissionFilter(), $"schedule:{name}", name, cancellationToken);
        context.Result = $"run {runId}: {total} submissions";
    }
}
