using System.Globalization;
using System.Text;
using System.Text.Json;
using Compliance.Documents.Json;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;
using Compliance.Service.Catalog;
using Compliance.Service.Jobs;
using Compliance.Service.Runs;
using Compliance.Service.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace Compliance.Service.Checks;

internal enum CheckOutcome
{
    Checked,
    AlreadyDone,
    Missing,
    Failed,
}

/// <summary>
/// Checks one submission for one run. Idempotent: a check is stored once per (run, submission, rule-set
/// versions) — a unique constraint — so a job re-executed after a crash or a retry never stores a second one.
/// </summary>
internal sealed class Checker(
    IStoreDialect dialect, RuleCatalog catalog, RuleEngine engine, TimeProvider clock, IOptions<JobsOptions> options, ILogger<Checker> logger,
    Links.LinkChecker links, CheckSignals signals)
{
    /// <summary>
    /// Checks the submission unless this run already has; <paramref name="parsed"/> is the document when the caller has
    /// just parsed it (an upload), which saves reading it back from the canonical JSON stored beside it.
    /// </summary>
    public async Task<CheckOutcome> CheckAsync(string runId, string submissionId, CancellationToken cancellationToken, Compliance.Documents.Model.Document? parsed = null)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var item = await connection.QuerySingleOrDefaultAsync<(string Status, long Attempts)?>(new CommandDefinition(
            "SELECT status, attempts FROM run_items WHERE run_id = @runId AND submission_id = @submissionId",
            new { runId, submissionId }, cancellationToken: cancellationToken));
        if (item is null)
        {
            return CheckOutcome.Missing;
        }

        if (item.Value.Status != ItemStatus.Pending)
        {
            return CheckOutcome.AlreadyDone;
        }

        if (item.Value.Attempts >= options.Value.MaxCheckAttempts)
        {
            await MarkFailedAsync(connection, runId, submissionId, $"{item.Value.Attempts} 次尝试均失败", cancellationToken);
            return CheckOutcome.Failed;
        }

        await dialect.ExecuteWriteAsync(
            connection, "UPDATE run_items SET attempts = attempts + 1 WHERE run_id = @runId AND submission_id = @submissionId",
            new { runId, submissionId }, cancellationToken);
        var started = clock.GetUtcNow();
        var begin = clock.GetTimestamp();
        var document = parsed ?? DocumentJson.Read(
            Encoding.UTF8.GetBytes(await connection.QuerySingleAsync<string>(new CommandDefinition(
                "SELECT document_json FROM submissions WHERE id = @submissionId", new { submissionId }, cancellationToken: cancellationToken))),
            submissionId);
        var rules = catalog.Current;
        var result = engine.Check(document, rules.Sets);
        if (options.Value.CheckDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.Value.CheckDelay, clock, cancellationToken);
        }

        var stored = await StoreAsync(connection, runId, submissionId, rules, result, started, clock.GetElapsedTime(begin), cancellationToken);
        signals.Checked(submissionId);
        if (stored)
        {
            // The submission may complete a budget–final pair or a year-over-year series: link and check those too.
            await links.LinkAndCheckAsync(submissionId, runId, cancellationToken, document);
        }

        return stored ? CheckOutcome.Checked : CheckOutcome.AlreadyDone;
    }

    public async Task MarkFailedAsync(string runId, string submissionId, string error, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await MarkFailedAsync(connection, runId, submissionId, error, cancellationToken);
    }

    private async Task MarkFailedAsync(System.Data.Common.DbConnection connection, string runId, string submissionId, string error, CancellationToken cancellationToken)
    {
        logger.CheckFailed(submissionId, runId, error);
        await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
        var tx = write.Transaction;
        await LockRunAsync(connection, tx, runId, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE run_items SET status = 'failed', error = @error WHERE run_id = @runId AND submission_id = @submissionId AND status = 'pending'",
            new { runId, submissionId, error }, tx, cancellationToken: cancellationToken));
        await FinishRunIfCompleteAsync(connection, tx, runId, cancellationToken);
        await write.CommitAsync(cancellationToken);
        signals.Checked(submissionId);
    }

    private async Task<bool> StoreAsync(
        System.Data.Common.DbConnection connection, string runId, string submissionId, RuleSnapshot rules, CheckResult result,
        DateTimeOffset started, TimeSpan duration, CancellationToken cancellationToken)
    {
        var checkId = Guid.NewGuid().ToString("N");
        // Serialised before the write begins: the writer's turn is held only for the statements.
        var sets = JsonSerializer.Serialize(rules.Sets.Select(s => new { s.Name, s.Version }), ServiceJson.Options);
        var json = FindingsJson.Write(result);
        var findings = result.Findings.Select((f, i) => new
        {
            checkId, ordinal = (long)i, ruleId = f.RuleId, ruleSet = f.RuleSet, severity = f.Severity.ToString().ToLowerInvariant(), message = f.Message,
            stated = f.Stated?.ToString(CultureInfo.InvariantCulture), computed = f.Computed?.ToString(CultureInfo.InvariantCulture),
            locationKey = LocationKey(f),
        }).ToList();
        await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
        var tx = write.Transaction;
        await LockRunAsync(connection, tx, runId, cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO checks (id, run_id, submission_id, rule_sets_key, rule_sets_json, node, started_at, finished_at, duration_ms, errors, warnings, infos, findings_json)
            VALUES (@checkId, @runId, @submissionId, @key, @sets, @node, @started, @finished, @ms, @errors, @warnings, @infos, @json)
            ON CONFLICT (run_id, submission_id, rule_sets_key) DO NOTHING
            """,
            new
            {
                checkId, runId, submissionId, key = rules.Key, sets,
                node = options.Value.Node,
                started = UtcText.Format(started), finished = UtcText.Format(clock.GetUtcNow()), ms = (long)duration.TotalMilliseconds,
                errors = (long)result.Count(Severity.Error), warnings = (long)result.Count(Severity.Warning), infos = (long)result.Count(Severity.Info),
                json,
            },
            tx, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            // Another execution of the same item stored it first: keep theirs.
            await write.RollbackAsync(cancellationToken);
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO findings (check_id, ordinal, rule_id, rule_set, severity, message, stated, computed, location_key)
            VALUES (@checkId, @ordinal, @ruleId, @ruleSet, @severity, @message, @stated, @computed, @locationKey)
            """,
            findings,
            tx, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE run_items SET status = 'done', check_id = @checkId WHERE run_id = @runId AND submission_id = @submissionId AND status = 'pending'",
            new { checkId, runId, submissionId }, tx, cancellationToken: cancellationToken));
        await FinishRunIfCompleteAsync(connection, tx, runId, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Takes the run's row lock first: two nodes completing a run's last two items would otherwise each see the
    /// other's item still pending under read committed, and neither would mark the run finished.
    /// (SQLite serialises writers anyway; there the no-op update costs nothing.)
    /// </summary>
    private static Task LockRunAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, string runId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("UPDATE runs SET total = total WHERE id = @runId", new { runId }, tx, cancellationToken: cancellationToken));

    private async Task FinishRunIfCompleteAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, string runId, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE runs SET finished_at = @now
            WHERE id = @runId AND finished_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM run_items WHERE run_id = @runId AND status = 'pending')
            """,
            new { runId, now = UtcText.Format(clock.GetUtcNow()) }, tx, cancellationToken: cancellationToken));

    /// <summary>What identifies "the same finding" across revisions: rule and cell, or rule and narrative excerpt.</summary>
    internal static string LocationKey(Finding f) =>
        f.Location.Table is not null
            ? $"{f.RuleId}|{f.Location.Table}|{f.Location.Row}|{f.Location.Column}"
            : $"{f.RuleId}|{f.Location.Excerpt}";
}
