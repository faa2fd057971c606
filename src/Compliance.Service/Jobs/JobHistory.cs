using Compliance.Service.Auth;
using Compliance.Service.Storage;
using Dapper;
using Microsoft.Extensions.Options;
using Quartz;

namespace Compliance.Service.Jobs;

/// <summary>A finished job execution, as GET /api/jobs lists it.</summary>
internal sealed record JobRun(
    string Id, string Job, string? TriggerName, string Node, string StartedAt, string FinishedAt, long DurationMs, long Succeeded, long Recovering, string? Error);

/// <summary>Records every job execution in the shared database, so the history covers every node of the cluster.</summary>
internal sealed class JobHistoryListener(IStoreDialect dialect, IOptions<JobsOptions> options, TimeProvider clock, ILogger<JobHistoryListener> logger) : IJobListener
{
    public string Name => "job-history";

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        try
        {
            await dialect.ExecuteWriteAsync(
                """
                INSERT INTO job_history (id, job, trigger_name, node, started_at, finished_at, duration_ms, succeeded, recovering, error)
                VALUES (@id, @job, @trigger, @node, @started, @finished, @ms, @ok, @recovering, @error)
                """,
                new
                {
                    id = Guid.NewGuid().ToString("N"), job = context.JobDetail.Key.ToString(), trigger = context.Trigger.Key.ToString(),
                    node = options.Value.Node, started = UtcText.Format(context.FireTimeUtc), finished = UtcText.Format(clock.GetUtcNow()),
                    ms = (long)context.JobRunTime.TotalMilliseconds, ok = jobException is null ? 1L : 0L, recovering = context.Recovering ? 1L : 0L,
                    error = jobException?.InnerException?.Message ?? jobException?.Message,
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException)
        {
            // History is a record, not the work: losing one row must not fail the job.
            logger.HistoryFailed(ex, context.JobDetail.Key.ToString());
        }
    }

    /// <summary>Job executions on every node, newest first, optionally of one job key.</summary>
    public static async Task<IReadOnlyList<JobRun>> ListAsync(IStoreDialect dialect, string? job, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var where = job is null ? "" : "WHERE job = @job";
        return (await connection.QueryAsync<JobRun>(new CommandDefinition(
            $"SELECT id, job, trigger_name, node, started_at, finished_at, duration_ms, succeeded, recovering, error FROM job_history {where} ORDER BY started_at DESC LIMIT @limit",
            new { job, limit = (long)limit }, cancellationToken: cancellationToken))).ToList();
    }

    public static IEndpointRouteBuilder MapJobHistory(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs", async (IStoreDialect dialect, string? job, int? limit, CancellationToken ct) =>
        {
            var rows = await ListAsync(dialect, job, Math.Clamp(limit ?? 100, 1, 1000), ct);
            return Results.Ok(rows.Select(r => new { r.Id, r.Job, trigger = r.TriggerName, r.Node, r.StartedAt, r.FinishedAt, r.DurationMs, succeeded = r.Succeeded != 0, recovering = r.Recovering != 0, r.Error }));
        }).RequireAuthorization(Policies.ReadAll);
        return app;
    }
}
