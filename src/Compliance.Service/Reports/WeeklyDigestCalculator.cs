using Compliance.Service.Storage;
using Dapper;

namespace Compliance.Service.Reports;

/// <summary>Computes the weekly digest from stored submissions, checks and findings. All of the computation lives here.</summary>
internal sealed class WeeklyDigestCalculator(IStoreDialect dialect, TimeProvider clock)
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public async Task<WeeklyDigest> ComputeAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var from = UtcText.Format(week.Start(Zone));
        var to = UtcText.Format(week.Next().Start(Zone));
        var previousFrom = UtcText.Format(week.Previous().Start(Zone));
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var submissions = (await connection.QueryAsync<SubmissionRow>(new CommandDefinition(
            "SELECT id, department, year, kind, received_at FROM submissions WHERE received_at < @to", new { to }, cancellationToken: cancellationToken))).ToList();
        var checks = (await connection.QueryAsync<CheckRow>(new CommandDefinition(
            "SELECT id, submission_id, finished_at FROM checks WHERE finished_at < @to", new { to }, cancellationToken: cancellationToken))).ToList();

        var now = Open(submissions, checks, to);
        var before = Open(submissions, checks, from);
        var wanted = now.Values.Concat(before.Values).Distinct().ToList();
        var weekChecks = checks.Where(c => string.CompareOrdinal(c.FinishedAt, from) >= 0).Select(c => c.Id).ToList();
        var findings = await FindingsAsync(connection, wanted.Concat(weekChecks).Distinct().ToList(), cancellationToken);

        var openNow = Keys(now, findings);
        var openBefore = Keys(before, findings);
        var departments = openNow.Values.Select(f => f.Department).Concat(openBefore.Values.Select(f => f.Department)).Distinct()
            .Select(d => new DepartmentStanding(
                d,
                openNow.Values.Count(f => f.Department == d && f.Severity == "error"),
                openNow.Values.Count(f => f.Department == d && f.Severity == "warning"),
                openNow.Count(p => p.Value.Department == d && !openBefore.ContainsKey(p.Key)),
                openBefore.Count(p => p.Value.Department == d && !openNow.ContainsKey(p.Key))))
            .OrderByDescending(d => d.OpenErrors).ThenByDescending(d => d.OpenWarnings).ThenBy(d => d.Department, StringComparer.Ordinal)
            .ToList();
        var weekSet = weekChecks.ToHashSet();
        var rules = findings.Where(f => weekSet.Contains(f.CheckId))
            .GroupBy(f => f.RuleId)
            .Select(g => new RuleCount(g.Key, g.Count(), g.Select(f => f.CheckId).Distinct().Count()))
            .OrderByDescending(r => r.Findings).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .Take(20)
            .ToList();

        return new WeeklyDigest(
            week.ToString(), Zone.Id, from, to, UtcText.Format(clock.GetUtcNow()),
            new SubmissionCounts(
                submissions.Count(s => string.CompareOrdinal(s.ReceivedAt, from) >= 0),
                checks.Where(c => string.CompareOrdinal(c.FinishedAt, from) >= 0).Select(c => c.SubmissionId).Distinct().Count()),
            new FindingCounts(
                openNow.Count,
                openNow.Values.Count(f => f.Severity == "error"),
                openNow.Values.Count(f => f.Severity == "warning"),
                openBefore.Count,
                openNow.Keys.Count(k => !openBefore.ContainsKey(k)),
                openBefore.Keys.Count(k => !openNow.ContainsKey(k)),
                openNow.Keys.Count(openBefore.ContainsKey)),
            departments,
            rules);
    }

    /// <summary>For each (department, year, kind): the latest check, before the instant, of the latest submission received before it.</summary>
    private static Dictionary<string, string> Open(List<SubmissionRow> submissions, List<CheckRow> checks, string before)
    {
        var latestCheck = checks.Where(c => string.CompareOrdinal(c.FinishedAt, before) < 0)
            .GroupBy(c => c.SubmissionId)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.FinishedAt, StringComparer.Ordinal)!.Id);
        return submissions.Where(s => string.CompareOrdinal(s.ReceivedAt, before) < 0 && latestCheck.ContainsKey(s.Id))
            .GroupBy(s => s.Stream)
            .ToDictionary(g => g.Key, g => latestCheck[g.MaxBy(s => s.ReceivedAt, StringComparer.Ordinal)!.Id]);
    }

    private static Dictionary<string, (string Department, string Severity)> Keys(Dictionary<string, string> open, List<FindingRow> findings)
    {
        var byCheck = findings.ToLookup(f => f.CheckId);
        var keys = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (stream, checkId) in open)
        {
            foreach (var f in byCheck[checkId].Where(f => f.Severity is "error" or "warning"))
            {
                keys[$"{stream}|{f.LocationKey}"] = (stream.Split('|')[0], f.Severity);
            }
        }

        return keys;
    }

    private static async Task<List<FindingRow>> FindingsAsync(System.Data.Common.DbConnection connection, List<string> checkIds, CancellationToken cancellationToken)
    {
        var rows = new List<FindingRow>();
        foreach (var chunk in checkIds.Chunk(500))
        {
            rows.AddRange(await connection.QueryAsync<FindingRow>(new CommandDefinition(
                "SELECT check_id, rule_id, severity, location_key FROM findings WHERE check_id IN @ids", new { ids = chunk }, cancellationToken: cancellationToken)));
        }

        return rows;
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

    private sealed record FindingRow
    {
        public string CheckId { get; init; } = "";

        public string RuleId { get; init; } = "";

        public string Severity { get; init; } = "";

        public string LocationKey { get; init; } = "";
    }
}
