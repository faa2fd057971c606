using Compliance.Service.Checks;
using Compliance.Service.Storage;
using Quartz;

namespace Compliance.Service.Runs;

/// <summary>
/// Checks one submission of one run; one trigger per (run, submission), so a batch fans out across every
/// node of the cluster. Transient failures are thrown back to Quartz, which retries with exponential backoff;
/// the job requests recovery, so a check interrupted by a crash is run again by a surviving node.
/// </summary>
[RetryPolicy(5, "00:00:01", 2.0)]
internal sealed class CheckSubmissionJob(Checker checker, IStoreDialect dialect, ILogger<CheckSubmissionJob> logger) : IJob
{
    public static readonly JobKey Key = new("check-submission", "checks");
    public const string RunId = "runId";
    public const string SubmissionId = "submissionId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var runId = context.MergedJobDataMap.GetString(RunId)!;
        var submissionId = context.MergedJobDataMap.GetString(SubmissionId)!;
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
