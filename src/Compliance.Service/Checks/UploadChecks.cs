using System.Threading.Channels;
using Compliance.Documents.Model;
using Compliance.Service.Jobs;
using Compliance.Service.Runs;
using Compliance.Service.Storage;
using Microsoft.Extensions.Options;

namespace Compliance.Service.Checks;

/// <summary>An upload's check waiting in this process: its run, its submission and the document already parsed.</summary>
internal sealed record UploadCheck(string RunId, string SubmissionId, Document Document);

/// <summary>
/// Checks uploads in this process as soon as they are stored, instead of through a Quartz trigger: a trigger costs
/// several job-store transactions (insert, acquire, fire, complete) and a job-history row, and the check re-reads the
/// document the upload has just parsed. Durability does not depend on this queue: the upload's run item is committed as
/// pending before it is queued, so an item lost with the process is re-dispatched through Quartz when a node starts
/// (<c>StartupSync</c>) or, in a cluster, by <see cref="OrphanedUploadSweeper"/> on a surviving node. When the queue is
/// full, or a check fails transiently, the item goes to Quartz, which retries with backoff.
/// </summary>
internal sealed class UploadChecks(
    Checker checker, RunDispatcher dispatcher, IStoreDialect dialect, IOptions<JobsOptions> options, ILogger<UploadChecks> logger)
    : BackgroundService
{
    private readonly Channel<UploadCheck> queue = Channel.CreateBounded<UploadCheck>(
        new BoundedChannelOptions(options.Value.UploadQueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues the check; false when in-process checks are off or the queue is full (the caller dispatches it to Quartz).</summary>
    public bool TryQueue(UploadCheck check) => options.Value.UploadCheckWorkers > 0 && queue.Writer.TryWrite(check);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.UploadCheckWorkers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Items still queued stay pending in the database; the next start (or another node's sweep) dispatches them.
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var check in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await CheckAsync(check, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CheckAsync(UploadCheck check, CancellationToken stoppingToken)
    {
        try
        {
            var outcome = await checker.CheckAsync(check.RunId, check.SubmissionId, stoppingToken, check.Document);
            logger.CheckDone(check.RunId, check.SubmissionId, outcome.ToString());
        }
        catch (Exception ex) when (dialect.IsTransient(ex) || ex is IOException)
        {
            // Quartz retries it with backoff, as it would have from the start.
            logger.CheckTransient(ex, check.SubmissionId, check.RunId);
            await HandToQuartzAsync(check);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the item stays pending and is dispatched again at the next start.
        }
        catch (Exception ex)
        {
            // Not transient (the document no longer reads, a rule crashed the engine): retrying cannot help.
            await MarkFailedAsync(check, ex.Message);
        }
    }

    private async Task HandToQuartzAsync(UploadCheck check)
    {
        try
        {
            await dispatcher.DispatchAsync(check.RunId, [check.SubmissionId], CancellationToken.None);
        }
        catch (Exception ex) when (dialect.IsTransient(ex) || ex is IOException or Quartz.SchedulerException)
        {
            // Still pending in the database: the sweep or the next start dispatches it.
            logger.CheckTransient(ex, check.SubmissionId, check.RunId);
        }
    }

    private async Task MarkFailedAsync(UploadCheck check, string error)
    {
        try
        {
            await checker.MarkFailedAsync(check.RunId, check.SubmissionId, error, CancellationToken.None);
        }
        catch (Exception ex) when (dialect.IsTransient(ex) || ex is IOException)
        {
            logger.CheckTransient(ex, check.SubmissionId, check.RunId);
            await HandToQuartzAsync(check);
        }
    }
}
