using Compliance.Service.Storage;
using Dapper;

namespace Compliance.Service.Checks;

/// <summary>The summary of one stored check.</summary>
internal sealed record CheckSummary(
    string Id, string RunId, string RuleSetsKey, string RuleSetsJson, string Node, string StartedAt, string FinishedAt,
    long DurationMs, long Errors, long Warnings, long Infos);

/// <summary>Reads stored checks; they are written by <see cref="Checker"/>.</summary>
internal sealed class CheckStore(IStoreDialect dialect)
{
    private const string Latest = "WHERE submission_id = @submissionId ORDER BY finished_at DESC, id DESC LIMIT 1";

    public async Task<CheckSummary?> LatestAsync(string submissionId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CheckSummary>(new CommandDefinition(
            $"SELECT id, run_id, rule_sets_key, rule_sets_json, node, started_at, finished_at, duration_ms, errors, warnings, infos FROM checks {Latest}",
            new { submissionId }, cancellationToken: cancellationToken));
    }

    /// <summary>The findings contract JSON of the submission's latest check.</summary>
    public async Task<string?> LatestFindingsJsonAsync(string submissionId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            $"SELECT findings_json FROM checks {Latest}", new { submissionId }, cancellationToken: cancellationToken));
    }

    /// <summary>The findings contract JSON of the submission's latest check and when that check finished.</summary>
    public async Task<(string FindingsJson, string FinishedAt)?> LatestResultAsync(string submissionId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<(string, string)?>(new CommandDefinition(
            $"SELECT findings_json, finished_at FROM checks {Latest}", new { submissionId }, cancellationToken: cancellationToken));
    }
}
