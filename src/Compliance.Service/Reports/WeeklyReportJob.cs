using System.Text.Json;
using Compliance.Service.Storage;
using Dapper;
using Quartz;

namespace Compliance.Service.Reports;

/// <summary>Stores computed digests; a completed week's digest is kept as computed.</summary>
internal sealed class ReportStore(IStoreDialect dialect)
{
    public async Task SaveAsync(WeeklyDigest digest, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO weekly_reports (week, computed_at, digest_json) VALUES (@Week, @ComputedAt, @json)
            ON CONFLICT (week) DO UPDATE SET computed_at = excluded.computed_at, digest_json = excluded.digest_json
            """,
            new { digest.Week, digest.ComputedAt, json = JsonSerializer.Serialize(digest, ServiceJson.Options) }, cancellationToken: cancellationToken));
    }

    public async Task<string?> GetJsonAsync(string week, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT digest_json FROM weekly_reports WHERE week = @week", new { week }, cancellationToken: cancellationToken));
    }

    public async Task<string?> LatestJsonAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT digest_json FROM weekly_reports ORDER BY week DESC LIMIT 1", cancellationToken: cancellationToken));
    }
}

/// <summary>The weekly findings report: on Monday morning, computes and stores the digest of the week that just ended.</summary>
[RetryPolicy(3, "00:01:00", 2.0)]
internal sealed class WeeklyReportJob(WeeklyDigestCalculator calculator, ReportStore store, TimeProvider clock, ILogger<WeeklyReportJob> logger) : IJob
{
    public static readonly JobKey Key = new("weekly-report", "reports");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var week = IsoWeek.Containing(clock.GetUtcNow(), WeeklyDigestCalculator.Zone).Previous();
        var digest = await calculator.ComputeAsync(week, cancellationToken);
        await store.SaveAsync(digest, cancellationToken);
        logger.DigestComputed(digest.Week);
        context.Result = digest.Week;
    }
}
