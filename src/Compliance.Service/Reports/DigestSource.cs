using Compliance.Documents.Model;
using Compliance.Reports.Digest;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;
using Compliance.Service.Storage;
using Dapper;

namespace Compliance.Service.Reports;

/// <summary>
/// Feeds stored checks to <see cref="WeeklyDigest.Compute"/>, which holds all of the digest's definitions. This class
/// only decides which checks count and reads them, as <see cref="SubmissionResult"/>s.
/// </summary>
internal sealed class DigestSource(IStoreDialect dialect, TimeProvider clock)
{
    /// <summary>The digest covers this week and the seven before it (its trend); older checks matter only as each stream's state then.</summary>
    private const int WeeksShown = 8;

    public async Task<WeeklyDigest> ComputeAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var to = UtcText.Format(week.End);
        var shownFrom = UtcText.Format(week.Start.AddDays(-7 * (WeeksShown - 1)));
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var submissions = (await connection.QueryAsync<SubmissionRow>(new CommandDefinition(
            "SELECT id, department, year, kind, received_at FROM submissions WHERE received_at < @to", new { to }, cancellationToken: cancellationToken)))
            .ToDictionary(s => s.Id, StringComparer.Ordinal);
        var checks = (await connection.QueryAsync<CheckRow>(new CommandDefinition(
            "SELECT id, submission_id, finished_at FROM checks WHERE finished_at < @to", new { to }, cancellationToken: cancellationToken)))
            .Where(c => submissions.ContainsKey(c.SubmissionId))
            .OrderBy(c => c.FinishedAt, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

        var counted = Counted(checks, submissions, shownFrom);
        var json = await FindingsJsonAsync(connection, counted.Select(c => c.Id).ToList(), cancellationToken);
        var results = counted.Select(c => Result(c, submissions[c.SubmissionId], json[c.Id]));
        return WeeklyDigest.Compute(results, week, clock);
    }

    /// <summary>
    /// The checks the digest sees, oldest first. A check of a revision that finished after a newer revision of the same
    /// (department, year, kind) arrived is left out: a batch re-run of old revisions must not reopen what the resubmission
    /// fixed. Before the first week shown only each stream's latest check is kept, which is all the digest reads of them.
    /// </summary>
    private static List<CheckRow> Counted(List<CheckRow> checks, Dictionary<string, SubmissionRow> submissions, string shownFrom)
    {
        var revisions = submissions.Values.ToLookup(s => s.Stream, StringComparer.Ordinal);
        bool Superseded(CheckRow c)
        {
            var own = submissions[c.SubmissionId];
            return revisions[own.Stream].Any(s =>
                string.CompareOrdinal(s.ReceivedAt, own.ReceivedAt) > 0 && string.CompareOrdinal(s.ReceivedAt, c.FinishedAt) <= 0);
        }

        var kept = checks.Where(c => !Superseded(c)).ToList();
        var lastBefore = kept.Where(c => string.CompareOrdinal(c.FinishedAt, shownFrom) < 0)
            .GroupBy(c => submissions[c.SubmissionId].Stream, StringComparer.Ordinal)
            .Select(g => g.Last().Id)
            .ToHashSet(StringComparer.Ordinal);
        return kept.Where(c => string.CompareOrdinal(c.FinishedAt, shownFrom) >= 0 || lastBefore.Contains(c.Id)).ToList();
    }

    /// <summary>
    /// The stored result with the submission's department, year and kind: a bureau may file a document under a department
    /// other than the name it prints, and the digest must group as the service (and its access rules) do.
    /// </summary>
    internal static CheckResult Result(string findingsJson, SubmissionRecordKey submission)
    {
        var result = FindingsJson.Read(findingsJson);
        return result with
        {
            Document = result.Document with
            {
                Department = submission.Department,
                Year = (int)submission.Year,
                Kind = Enum.Parse<DocumentKind>(submission.Kind),
            },
        };
    }

    private static SubmissionResult Result(CheckRow check, SubmissionRow submission, string findingsJson) =>
        new(Result(findingsJson, new SubmissionRecordKey(submission.Department, submission.Year, submission.Kind)), UtcText.Parse(check.FinishedAt));

    private static async Task<Dictionary<string, string>> FindingsJsonAsync(System.Data.Common.DbConnection connection, List<string> ids, CancellationToken cancellationToken)
    {
        var json = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var (id, findings) in await connection.QueryAsync<(string, string)>(new CommandDefinition(
                "SELECT id, findings_json FROM checks WHERE id IN @chunk", new { chunk }, cancellationToken: cancellationToken)))
            {
                json[id] = findings;
            }
        }

        return json;
    }

    private sealed record SubmissionRow
    {
        public string Id { get; init; } = "";

        public string Department { get; init; } = "";

        public long Year { get; init; }

        public string Kind { get; init; } = "";

        public string ReceivedAt { get; init; } = "";

        public string Stream => $"{Department}|{Year}|{Kind}";
    }

    private sealed record CheckRow
    {
        public string Id { get; init; } = "";

        public string SubmissionId { get; init; } = "";

        public string FinishedAt { get; init; } = "";
    }
}

/// <summary>What a stored check result is filed under: the submission's department, year and kind.</summary>
internal sealed record SubmissionRecordKey(string Department, long Year, string Kind);
