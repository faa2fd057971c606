using Compliance.Service.Jobs;
using Compliance.Service.Storage;
using Microsoft.Extensions.Options;

namespace Compliance.Service.Runs;

/// <summary>
/// Hands to Quartz the upload checks that stayed pending longer than <see cref="JobsOptions.OrphanedUploadAfter"/>:
/// uploads checked in process (<see cref="Checks.UploadChecks"/>) have no trigger, so when their node dies after
/// acknowledging them, a surviving node finds them here (a restarted node finds them at start). Items a trigger
/// already covers are left alone; a check that was in fact still running is idempotent, so handing it over twice
/// stores it once.
/// </summary>
internal sealed class OrphanedUploadSweeper(
    RunStore runs, RunDispatcher dispatcher, IStoreDialect dialect, TimeProvider clock, IOptions<JobsOptions> options, ILogger<OrphanedUploadSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OrphanSweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (dialect.IsTransient(ex) || ex is IOException or Quartz.SchedulerException)
            {
                // The next tick tries again; nothing was lost, the items are still pending.
                logger.SweepFailed(ex);
            }
        }
    }

    /// <summary>Dispatches the stale items; returns how many there were.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var stale = await runs.StaleUploadItemsAsync(clock.GetUtcNow() - options.Value.OrphanedUploadAfter, cancellationToken);
        foreach (var run in stale.GroupBy(p => p.RunId))
        {
            await dispatcher.DispatchMissingAsync(run.Key, run.Select(p => p.SubmissionId), cancellationToken);
        }

        if (stale.Count > 0)
        {
            logger.Redispatched(stale.Count);
        }

        return stale.Count;
    }
}
