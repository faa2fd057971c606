using Quartz;

namespace Compliance.Service.Runs;

/// <summary>Turns a run's pending items into Quartz triggers, which any node of the cluster may fire.</summary>
internal sealed class RunDispatcher(ISchedulerFactory schedulers, TimeProvider clock)
{
    public async Task DispatchAsync(string runId, IEnumerable<string> submissionIds, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = clock.GetUtcNow();
        var triggers = submissionIds.Select(id => Trigger(runId, id, now)).ToList();
        if (triggers.Count == 0)
        {
            return;
        }

        var job = await scheduler.GetJobDetail(CheckSubmissionJob.Key, cancellationToken)
            ?? throw new InvalidOperationException("check job is not registered");
        // One store transaction for the whole batch; replacing makes a re-dispatch after a restart harmless.
        await scheduler.ScheduleJobs(new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [job] = triggers }, ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>
    /// Re-creates the triggers of pending items that have none (lost between commit and dispatch). Items whose
    /// trigger still exists are left alone, so a node joining mid-run does not make every check fire twice.
    /// </summary>
    public async Task DispatchMissingAsync(string runId, IEnumerable<string> submissionIds, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var missing = new List<string>();
        foreach (var id in submissionIds)
        {
            if (!await scheduler.Exists(new TriggerKey($"{runId}:{id}", "checks"), cancellationToken))
            {
                missing.Add(id);
            }
        }

        await DispatchAsync(runId, missing, cancellationToken);
    }

    /// <summary>The trigger key is derived from run and submission, so the same item never gets two triggers.</summary>
    private static ITrigger Trigger(string runId, string submissionId, DateTimeOffset now) =>
        TriggerBuilder.Create()
            .WithIdentity($"{runId}:{submissionId}", "checks")
            .ForJob(CheckSubmissionJob.Key)
            .UsingJobData(CheckSubmissionJob.RunId, runId)
            .UsingJobData(CheckSubmissionJob.SubmissionId, submissionId)
            .StartAt(now)
            .Build();
}
