using Compliance.Reports;
using Compliance.Service.Storage;
using Dapper;

namespace Compliance.Service.Reports;

/// <summary>A weekly report: the digest record as JSON and its HTML and Markdown renderings.</summary>
internal sealed record WeeklyReport(string Week, string ComputedAt, string Json, string Html, string Markdown)
{
    public string Body(ReportFormat format) => format switch
    {
        ReportFormat.Html => Html,
        ReportFormat.Markdown => Markdown,
        _ => Json,
    };
}

/// <summary>Stores weekly reports; a completed week is kept as computed and rendered then.</summary>
internal sealed class ReportStore(IStoreDialect dialect)
{
    private const string Columns = "week, computed_at, digest_json AS json, html, markdown";

    // Rows written before migration 002 have no renderings and an older digest shape: they read as absent.
    private const string Complete = "html IS NOT NULL AND markdown IS NOT NULL";

    public async Task SaveAsync(WeeklyReport report, CancellationToken cancellationToken)
    {
        await dialect.ExecuteWriteAsync(
            """
            INSERT INTO weekly_reports (week, computed_at, digest_json, html, markdown) VALUES (@Week, @ComputedAt, @Json, @Html, @Markdown)
            ON CONFLICT (week) DO UPDATE
            SET computed_at = excluded.computed_at, digest_json = excluded.digest_json, html = excluded.html, markdown = excluded.markdown
            """,
            report, cancellationToken);
    }

    public async Task<WeeklyReport?> GetAsync(string week, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<WeeklyReport>(new CommandDefinition(
            $"SELECT {Columns} FROM weekly_reports WHERE week = @week AND {Complete}", new { week }, cancellationToken: cancellationToken));
    }

    /// <summary>The weeks stored, newest first, with when each was computed.</summary>
    public async Task<IReadOnlyList<(string Week, string ComputedAt)>> ListWeeksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(string, string)>(new CommandDefinition(
            $"SELECT week, computed_at FROM weekly_reports WHERE {Complete} ORDER BY week DESC", cancellationToken: cancellationToken))).ToList();
    }

    public async Task<WeeklyReport?> LatestAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<WeeklyReport>(new CommandDefinition(
            $"SELECT {Columns} FROM weekly_reports WHERE {Complete} ORDER BY week DESC LIMIT 1", cancellationToken: cancellationToken));
    }
}
