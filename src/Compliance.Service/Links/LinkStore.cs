using System.Data.Common;
using System.Text.Json;
using Compliance.Documents.Identity;
using Compliance.Service.Storage;
using Dapper;

namespace Compliance.Service.Links;

/// <summary>A stored link between two submissions: scope <c>pair</c> or <c>series</c>, the checked one and the other.</summary>
internal sealed record LinkRecord(string Id, string Scope, string CheckedId, string OtherId, string Origin, string SetBy, string UpdatedAt);

/// <summary>What linking needs to know about a submission: owner, year, kind and the department the document names.</summary>
internal sealed record LinkCandidate(string Id, string Department, long Year, string Kind, string ReceivedAt, string DocumentDepartment);

/// <summary>Links between submissions of one department and the stored results of checking them.</summary>
internal sealed class LinkStore(IStoreDialect dialect, TimeProvider clock)
{
    private const string LinkColumns = "id, scope, checked_id AS CheckedId, other_id AS OtherId, origin, set_by AS SetBy, updated_at AS UpdatedAt";

    /// <summary>
    /// Submissions that may belong with <paramref name="id"/>: same owner (or owners naming one department), years
    /// N−1…N+1, and a document naming the same department (<see cref="DepartmentName"/>).
    /// </summary>
    public static async Task<(LinkCandidate Self, IReadOnlyList<LinkCandidate> Others)?> CandidatesAsync(DbConnection connection, string id, CancellationToken ct)
    {
        var self = (await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {RowColumns} FROM submissions WHERE id = @id", new { id }, cancellationToken: ct))).FirstOrDefault();
        if (self is null)
        {
            return null;
        }

        // Owners first, by the unit and innermost region of the owner's name (indexed; a batch checks every submission,
        // so comparing every name here would be quadratic), then the department each candidate's document names. Rows
        // stored before those columns existed have none and are compared by name as before.
        var ownerName = DepartmentName.Parse(self.Department);
        var region = ownerName.Regions.Count > 0 ? ownerName.Regions[^1] : null;
        const string Where = "AND year BETWEEN @from AND @to AND id <> @id";
        var sql = ownerName.Unit.Length == 0
            ? $"SELECT {RowColumns} FROM submissions WHERE department = @department {Where}"
            : $"""
              SELECT {RowColumns} FROM submissions WHERE department_unit = @unit {(region is null ? "" : "AND (department_region = @region OR department_region IS NULL)")} {Where}
              UNION ALL SELECT {RowColumns} FROM submissions WHERE department_unit IS NULL {Where}
              """;
        var owners = await connection.QueryAsync<Row>(new CommandDefinition(
            sql, new { id, unit = ownerName.Unit, region, department = self.Department, from = self.Year - 1, to = self.Year + 1 }, cancellationToken: ct));
        var me = await CandidateAsync(connection, self, ct);
        var name = DepartmentName.Parse(me.DocumentDepartment);
        var others = new List<LinkCandidate>();
        foreach (var owner in owners.Where(o => o.Department == self.Department || DepartmentName.Same(o.Department, self.Department)))
        {
            var candidate = await CandidateAsync(connection, owner, ct);
            if (DepartmentName.Parse(candidate.DocumentDepartment).SameAs(name))
            {
                others.Add(candidate);
            }
        }

        return (me, others);
    }

    /// <summary>Sets an automatic link unless a bureau user set this one by hand; returns the link's id.</summary>
    public async Task<string> UpsertAutoAsync(DbConnection connection, string scope, string checkedId, string otherId, CancellationToken ct)
    {
        var now = UtcText.Format(clock.GetUtcNow());
        await dialect.ExecuteWriteAsync(
            connection,
            """
            INSERT INTO submission_links (id, scope, checked_id, other_id, origin, set_by, updated_at)
            VALUES (@id, @scope, @checkedId, @otherId, 'auto', 'service', @now)
            ON CONFLICT (scope, checked_id) DO UPDATE SET other_id = excluded.other_id, updated_at = excluded.updated_at
            WHERE submission_links.origin = 'auto'
            """,
            new { id = Guid.NewGuid().ToString("N"), scope, checkedId, otherId, now }, ct);
        return await connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT id FROM submission_links WHERE scope = @scope AND checked_id = @checkedId", new { scope, checkedId }, cancellationToken: ct));
    }

    /// <summary>A bureau user's correction: this link is set by hand and automatic linking leaves it alone.</summary>
    public async Task<string> SetManualAsync(string scope, string checkedId, string otherId, string setBy, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        var now = UtcText.Format(clock.GetUtcNow());
        await dialect.ExecuteWriteAsync(
            connection,
            """
            INSERT INTO submission_links (id, scope, checked_id, other_id, origin, set_by, updated_at)
            VALUES (@id, @scope, @checkedId, @otherId, 'manual', @setBy, @now)
            ON CONFLICT (scope, checked_id) DO UPDATE SET other_id = excluded.other_id, origin = 'manual', set_by = excluded.set_by, updated_at = excluded.updated_at
            """,
            new { id = Guid.NewGuid().ToString("N"), scope, checkedId, otherId, setBy, now }, ct);
        return await connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT id FROM submission_links WHERE scope = @scope AND checked_id = @checkedId", new { scope, checkedId }, cancellationToken: ct));
    }

    public static async Task<IReadOnlyList<LinkRecord>> ForSubmissionAsync(DbConnection connection, string id, CancellationToken ct) =>
        (await connection.QueryAsync<LinkRecord>(new CommandDefinition(
            $"SELECT {LinkColumns} FROM submission_links WHERE checked_id = @id OR other_id = @id ORDER BY scope, checked_id", new { id }, cancellationToken: ct))).ToList();

    public static async Task<LinkRecord?> GetAsync(DbConnection connection, string linkId, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<LinkRecord>(new CommandDefinition(
            $"SELECT {LinkColumns} FROM submission_links WHERE id = @linkId", new { linkId }, cancellationToken: ct));

    /// <summary>The latest stored findings of a link (findings contract JSON), or null when it was never checked.</summary>
    public static async Task<string?> LatestFindingsAsync(DbConnection connection, string linkId, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT findings_json FROM link_checks WHERE link_id = @linkId ORDER BY checked_at DESC, id DESC LIMIT 1", new { linkId }, cancellationToken: ct));

    private const string RowColumns = "id, department, year, kind, received_at, document_department";

    /// <summary>What the candidate search reads of a submission; the document's department is null for rows stored before it was kept.</summary>
    private sealed record Row(string Id, string Department, long Year, string Kind, string ReceivedAt, string? DocumentDepartment);

    private static async Task<LinkCandidate> CandidateAsync(DbConnection connection, Row row, CancellationToken ct) =>
        new(row.Id, row.Department, row.Year, row.Kind, row.ReceivedAt, row.DocumentDepartment ?? DocumentDepartment(
            await connection.QuerySingleAsync<string>(new CommandDefinition(
                "SELECT document_json FROM submissions WHERE id = @id", new { id = row.Id }, cancellationToken: ct))));

    private static string DocumentDepartment(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("info", out var info) && info.TryGetProperty("department", out var d) ? d.GetString() ?? "" : "";
    }
}
