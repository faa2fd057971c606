using System.Text.Json;
using Compliance.Service.Storage;
using Compliance.Service.Submissions;
using Dapper;

namespace Compliance.Service.Schedules;

/// <summary>A stored schedule.</summary>
internal sealed record Schedule(string Name, string Cron, string TimeZone, string Job, SubmissionFilter? Filter, bool Enabled, string Source, string UpdatedAt);

/// <summary>Schedules in the application database; Quartz holds their triggers, this table holds what was asked for.</summary>
internal sealed class ScheduleStore(IStoreDialect dialect, TimeProvider clock)
{
    private const string Columns = "name, cron, time_zone, job, filter_json, enabled, source, updated_at";

    public async Task<Schedule?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM schedules WHERE name = @name AND deleted_at IS NULL", new { name }, cancellationToken: cancellationToken));
        return row?.ToSchedule();
    }

    public async Task<IReadOnlyList<Schedule>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM schedules WHERE deleted_at IS NULL ORDER BY name", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSchedule()).ToList();
    }

    /// <summary>Creates or replaces a schedule (the API's PUT).</summary>
    public Task SaveAsync(string name, ScheduleDefinition d, CancellationToken cancellationToken) =>
        WriteAsync(name, d, "api", "ON CONFLICT (name) DO UPDATE SET cron = excluded.cron, time_zone = excluded.time_zone, job = excluded.job, filter_json = excluded.filter_json, enabled = excluded.enabled, source = excluded.source, updated_at = excluded.updated_at, deleted_at = NULL", cancellationToken);

    /// <summary>Inserts a configured schedule unless one of that name exists, deleted ones included.</summary>
    public Task SeedAsync(string name, ScheduleDefinition d, CancellationToken cancellationToken) =>
        WriteAsync(name, d, "config", "ON CONFLICT (name) DO NOTHING", cancellationToken);

    /// <summary>Marks a schedule deleted; the row stays so seeding from configuration does not bring it back.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        return await dialect.ExecuteWriteAsync(
            "UPDATE schedules SET deleted_at = @now WHERE name = @name AND deleted_at IS NULL",
            new { name, now = UtcText.Format(clock.GetUtcNow()) }, cancellationToken) > 0;
    }

    private async Task WriteAsync(string name, ScheduleDefinition d, string source, string onConflict, CancellationToken cancellationToken)
    {
        await dialect.ExecuteWriteAsync(
            $"""
            INSERT INTO schedules (name, cron, time_zone, job, filter_json, enabled, source, updated_at)
            VALUES (@name, @Cron, @TimeZone, @Job, @filter, @enabled, @source, @now)
            {onConflict}
            """,
            new
            {
                name, d.Cron, d.TimeZone, d.Job, source, enabled = d.Enabled ? 1L : 0L, now = UtcText.Format(clock.GetUtcNow()),
                filter = d.Filter is null ? null : JsonSerializer.Serialize(d.Filter, ServiceJson.Options),
            },
            cancellationToken);
    }

    private sealed record Row
    {
        public string Name { get; init; } = "";

        public string Cron { get; init; } = "";

        public string TimeZone { get; init; } = "";

        public string Job { get; init; } = "";

        public string? FilterJson { get; init; }

        public long Enabled { get; init; }

        public string Source { get; init; } = "";

        public string UpdatedAt { get; init; } = "";

        public Schedule ToSchedule() => new(
            Name, Cron, TimeZone, Job,
            FilterJson is null ? null : JsonSerializer.Deserialize<SubmissionFilter>(FilterJson, ServiceJson.Options),
            Enabled != 0, Source, UpdatedAt);
    }
}
