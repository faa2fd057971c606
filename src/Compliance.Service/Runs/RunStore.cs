using System.Data.Common;
using System.Text.Json;
using Compliance.Service.Storage;
using Compliance.Service.Submissions;
using Dapper;

namespace Compliance.Service.Runs;

internal static class RunKinds
{
    public const string Upload = "upload";
    public const string Batch = "batch";
    public const string Scheduled = "scheduled";

    /// <summary>One submission checked again with the rules now in force, at its uploader's request.</summary>
    public const string Recheck = "recheck";
}

internal static class ItemStatus
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Failed = "failed";
}

/// <summary>A run with its progress counted from its items.</summary>
/// <remarks>
/// Settable properties rather than a positional record: SQLite reports no type for an aggregate column
/// over zero rows, and Dapper converts values into properties but not into constructor parameters.
/// </remarks>
internal sealed record RunProgress
{
    public string Id { get; init; } = "";

    public string Kind { get; init; } = "";

    public string? FilterJson { get; init; }

    public string? RequestedBy { get; init; }

    public string? ScheduleName { get; init; }

    public string CreatedAt { get; init; } = "";

    public string? FinishedAt { get; init; }

    public long Total { get; init; }

    public long Done { get; init; }

    public long Failed { get; init; }

    public long Pending { get; init; }

    public long Errors { get; init; }

    public long Warnings { get; init; }

    /// <summary>Share of the items finished, done or failed; an empty run is complete.</summary>
    public double Percent => Total == 0 ? 100 : Math.Round(100.0 * (Done + Failed) / Total, 1);
}

/// <summary>Runs and their per-submission items; an item is the unit a check job works on.</summary>
internal sealed class RunStore(IStoreDialect dialect, TimeProvider clock)
{
    /// <summary>Creates a run over every submission the filter matches, in one transaction.</summary>
    public async Task<(string RunId, IReadOnlyList<string> SubmissionIds)> CreateAsync(
        string kind, SubmissionFilter filter, string requestedBy, string? scheduleName, CancellationToken cancellationToken)
    {
        var (where, parameters) = filter.ToSql();
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
        var tx = write.Transaction;
        var ids = (await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT id FROM submissions {where} ORDER BY id", parameters, tx, cancellationToken: cancellationToken))).ToList();
        var filterJson = JsonSerializer.Serialize(filter, ServiceJson.Options);
        var runId = await InsertRunAsync(connection, tx, kind, filterJson, requestedBy, scheduleName, ids, UtcText.Format(clock.GetUtcNow()), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return (runId, ids);
    }

    /// <summary>Creates a run over the given submissions, in one transaction.</summary>
    public async Task<string> CreateForAsync(string kind, IReadOnlyList<string> submissionIds, string requestedBy, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
        var tx = write.Transaction;
        var runId = await InsertRunAsync(connection, tx, kind, null, requestedBy, null, submissionIds, UtcText.Format(clock.GetUtcNow()), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return runId;
    }

    /// <summary>Whether a check of the submission is still waiting in an unfinished run.</summary>
    public async Task<bool> HasPendingAsync(string submissionId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM run_items i JOIN runs r ON r.id = i.run_id WHERE i.submission_id = @submissionId AND i.status = 'pending' AND r.finished_at IS NULL",
            new { submissionId }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Inserts a run and its pending items inside the caller's transaction.</summary>
    public static async Task<string> InsertRunAsync(
        DbConnection connection, DbTransaction tx, string kind, string? filterJson, string? requestedBy, string? scheduleName,
        IReadOnlyList<string> submissionIds, string now, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N");
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO runs (id, kind, filter_json, requested_by, schedule_name, created_at, finished_at, total)
            VALUES (@runId, @kind, @filterJson, @requestedBy, @scheduleName, @now, @finished, @total)
            """,
            new { runId, kind, filterJson, requestedBy, scheduleName, now, finished = submissionIds.Count == 0 ? now : null, total = (long)submissionIds.Count },
            tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO run_items (run_id, submission_id, status, attempts) VALUES (@runId, @id, 'pending', 0)",
            submissionIds.Select(id => new { runId, id }), tx, cancellationToken: cancellationToken));
        return runId;
    }

    public async Task<RunProgress?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RunProgress>(new CommandDefinition(
            ProgressSql + " WHERE r.id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<RunProgress>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RunProgress>(new CommandDefinition(
            ProgressSql + " WHERE r.kind <> 'upload' ORDER BY r.created_at DESC LIMIT @limit", new { limit = (long)limit }, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>Items of unfinished runs still pending, for re-dispatch after a restart.</summary>
    public async Task<IReadOnlyList<(string RunId, string SubmissionId)>> PendingItemsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(string, string)>(new CommandDefinition(
            "SELECT i.run_id, i.submission_id FROM run_items i JOIN runs r ON r.id = i.run_id WHERE r.finished_at IS NULL AND i.status = 'pending'",
            cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>Pending items of unfinished upload runs created before <paramref name="before"/>: checks no node has finished in time.</summary>
    public async Task<IReadOnlyList<(string RunId, string SubmissionId)>> StaleUploadItemsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(string, string)>(new CommandDefinition(
            """
            SELECT i.run_id, i.submission_id FROM run_items i JOIN runs r ON r.id = i.run_id
            WHERE r.finished_at IS NULL AND r.kind = 'upload' AND r.created_at < @before AND i.status = 'pending'
            """,
            new { before = UtcText.Format(before) }, cancellationToken: cancellationToken))).ToList();
    }

    private const string ProgressSql =
        """
        SELECT r.id, r.kind, r.filter_json, r.requested_by, r.schedule_name, r.created_at, r.finished_at, r.total,
               (SELECT COUNT(*) FROM run_items i WHERE i.run_id = r.id AND i.status = 'done') AS done,
               (SELECT COUNT(*) FROM run_items i WHERE i.run_id = r.id AND i.status = 'failed') AS failed,
               (SELECT COUNT(*) FROM run_items i WHERE i.run_id = r.id AND i.status = 'pending') AS pending,
               (SELECT CAST(COALESCE(SUM(c.errors), 0) AS BIGINT) FROM checks c WHERE c.run_id = r.id) AS errors,
               (SELECT CAST(COALESCE(SUM(c.warnings), 0) AS BIGINT) FROM checks c WHERE c.run_id = r.id) AS warnings
        FROM runs r
        """;
}
