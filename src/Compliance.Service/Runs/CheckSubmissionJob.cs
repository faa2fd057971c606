using Compliance.Service.Checks;
using Compliance.Service.Storage;
using Quartz;

namespace Compliance.Service.Runs;

/// <summary>
/// Checks a chunk of one run's submissions, one after another (<see cref="RunDispatcher"/> cuts a batch into chunks so
/// that a cluster takes its scheduler lock once per chunk, not once per submission). Every check is idempotent, so a
/// chunk run again — after a retry, or recovered by a surviving node after a crash — skips what is already stored.
/// Transient failures are thrown back to Quartz, which retries the chunk with exponential backoff; a submission that
/// cannot be checked for another reason is recorded as failed and the chunk goes on.
/// </summary>
[RetryPolicy(5, "00:00:01", 2.0)]
internal sealed class CheckSubmissionJob(Checker checker, IStoreDialect dialect, ILogger<CheckSubmissionJob> logger) : IJob
{
    public static readonly JobKey Key = new("check-submission", "checks");
    public const string RunId = "runId";
    public const string SubmissionIds = "submissionIds";

    /// <summary>One submission per trigger, as triggers stored before chunking carry it.</summary>
    public const string SubmissionId = "submissionId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var runId = data.GetString(RunId)!;
        var ids = data.GetString(SubmissionIds) is { } list ? RunDispatcher.Split(list) : [data.GetString(SubmissionId)!];
        foreach (var submissionId in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var outcome = await checker.CheckAsync(runId, submissionId, cancellationToken);
                logger.CheckDone(runId, submissionId, outcome.ToString());
            }
            catch (Exception ex) when (dialect.IsTransient(ex) || ex is IOException)
            {
                logger.CheckTransient(ex, submissionId, runId);
                throw new JobExecutionException(ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Not transient (the stored document no longer reads, a rule crashed the engine): retrying cannot help.
                await checker.MarkFailedAsync(runId, submissionId, ex.Message, CancellationToken.None);
            }
        }
    }
}
