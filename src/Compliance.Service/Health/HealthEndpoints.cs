using Compliance.Service.Jobs;
using Compliance.Service.Storage;
using Dapper;
using Microsoft.Extensions.Options;
using Quartz;

namespace Compliance.Service.Health;

internal static class HealthEndpoints
{
    /// <summary>GET /healthz without a key: 200 when the database answers and the scheduler runs, else 503.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (IStoreDialect dialect, ISchedulerFactory schedulers, IOptions<JobsOptions> jobs, CancellationToken ct) =>
        {
            string database;
            try
            {
                await using var connection = await dialect.OpenAsync(ct);
                await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT 1", cancellationToken: ct));
                database = "ok";
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
            {
                database = "unavailable: " + ex.Message;
            }

            var scheduler = await schedulers.GetScheduler(ct);
            var running = scheduler.Status == SchedulerStatus.Running;
            var healthy = database == "ok" && running;
            return Results.Json(
                new { status = healthy ? "healthy" : "unhealthy", database, scheduler = scheduler.Status.ToString().ToLowerInvariant(), store = dialect.Name, node = jobs.Value.Node },
                statusCode: healthy ? 200 : 503);
        }).AllowAnonymous();
        return app;
    }
}
