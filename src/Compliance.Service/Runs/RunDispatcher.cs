using Compliance.Service.Jobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace Compliance.Service.Runs;

/// <summary>
/// Turns a run's pending items into Quartz triggers, which any node of the cluster may fire. A batch is cut into
/// chunks of at most <see cref="JobsOptions.ChunkSize"/> submissions, one trigger each: a clustered scheduler takes a
/// database lock for every trigger it acquires, so one trigger per submission made large batches wait on that lock.
/// Chunks stay small enough (a batch gives at least <see cref="MinChunks"/> of them) that every node's every thread
/// gets work, and a node that dies loses only its chunks in flight, which a survivor recovers.
/// </summary>
internal sealed class RunDispatcher(ISchedulerFactory schedulers, TimeProvider clock, IOptions<JobsOptions> options)
{
    public const int MinChunks = 64;
    private const string Group = "checks";
    private const char Separator = ',';

    public async Task DispatchAsync(string runId, IEnumerable<string> submissionIds, CancellationToken cancellationToken)
    {
        var ids = submissionIds.ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = clock.GetUtcNow();
        var size = ChunkSize(ids.Count, options.Value.ChunkSize);
        var triggers = ids.Chunk(size).Select(chunk => Trigger(runId, chunk, now)).ToList();
        var job = await scheduler.GetJobDetail(CheckSubmissionJob.Key, cancellationToken)
            ?? throw new InvalidOperationException("check job is not registered");
        // One store transaction for the whole batch; replacing makes a re-dispatch after a restart harmless.
        await scheduler.ScheduleJobs(new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [job] = triggers }, ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>
    /// Re-creates triggers for pending items that no trigger of the run covers (lost between commit and dispatch).
    /// Items a trigger still covers are left alone, so a node joining mid-run does not make every check fire twice.
    /// </summary>
    public async Task DispatchMissingAsync(string runId, IEnumerable<string> submissionIds, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(Group), cancellationToken))
        {
            if (key.Name.StartsWith(runId + ":", StringComparison.Ordinal) && await scheduler.GetTrigger(key, cancellationToken) is { } trigger)
            {
                covered.UnionWith(trigger.JobDataMap.GetString(CheckSubmissionJob.SubmissionIds) is { } list
                    ? Split(list)
                    : [trigger.JobDataMap.GetString(CheckSubmissionJob.SubmissionId) ?? ""]);
            }
        }

        await DispatchAsync(runId, submissionIds.Where(id => !covered.Contains(id)), cancellationToken);
    }

    /// <summary>Submissions per trigger: as many as allowed, but never so many that the batch has fewer than <see cref="MinChunks"/> chunks.</summary>
    public static int ChunkSize(int items, int max) => Math.Clamp(items / MinChunks, 1, max);

    public static string[] Split(string list) => list.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The trigger key is the run and the chunk's first submission: a submission starts at most one chunk of a run,
    /// so the same items never get two triggers, and a chunk of one keeps the key a single upload always had.
    /// </summary>
    // A batch queues all its chunks at once, so the last ones wait for a thread far longer than Quartz's misfire
    // threshold (60 s). A misfired trigger is no longer acquired but left to the misfire handler, which looks once a
    // threshold and re-dates it to "now", where it can misfire again: 6 of the 200 chunks of a 10,000 batch waited 90 s
    // that way. A check is due until it is done, so these triggers ignore misfires and fire as soon as a thread is free.
    private static ITrigger Trigger(string runId, string[] chunk, DateTimeOffset now) =>
        TriggerBuilder.Create()
            .WithIdentity($"{runId}:{chunk[0]}", Group)
            .ForJob(CheckSubmissionJob.Key)
            .UsingJobData(CheckSubmissionJob.RunId, runId)
            .UsingJobData(CheckSubmissionJob.SubmissionIds, string.Join(Separator, chunk))
            .StartAt(now)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.IgnoreMisfires))
            .Build();
}
