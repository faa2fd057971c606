using System.Data.Common;
using System.Text;
using Compliance.Documents.Json;
using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;
using Compliance.Rules.Linking;
using Compliance.Service.Catalog;
using Compliance.Service.Storage;
using Dapper;

namespace Compliance.Service.Links;

/// <summary>
/// Links a checked submission with the other submissions of its department (the year's budget or final accounts,
/// the same kind of document a year before or after) and checks every link it is part of with the pair and series
/// rule sets. Runs after each submission's own check, so an upload that completes a pair or a series, and every
/// batch run, checks the links too. Each (link, documents, run, rule-set version) is stored once.
/// </summary>
internal sealed partial class LinkChecker(
    IStoreDialect dialect, LinkStore store, RuleCatalog catalog, RuleEngine engine, TimeProvider clock, ILogger<LinkChecker> logger)
{
    public const string Budget = nameof(DocumentKind.Budget);
    public const string Final = nameof(DocumentKind.FinalAccounts);

    /// <param name="current">The submission's document when the caller has it (it has just checked it), read from the store otherwise.</param>
    public async Task<int> LinkAndCheckAsync(string submissionId, string runId, CancellationToken ct, Document? current = null)
    {
        await using var connection = await dialect.OpenAsync(ct);
        if (await LinkStore.CandidatesAsync(connection, submissionId, ct) is not { } found)
        {
            return 0;
        }

        foreach (var (scope, checkedId, otherId) in Links(found.Self, found.Others))
        {
            await store.UpsertAutoAsync(connection, scope, checkedId, otherId, ct);
        }

        var links = await LinkStore.ForSubmissionAsync(connection, submissionId, ct);
        var key = catalog.Current.Key;
        foreach (var link in links)
        {
            // In a batch both submissions of a link are checked, and each would check the link: the second is skipped.
            if (!await CheckedAsync(connection, link, runId, key, ct))
            {
                await CheckAsync(connection, link, runId, ct, current is null ? null : (submissionId, current));
            }
        }

        return links.Count;
    }

    /// <summary>Checks one link now (after a bureau user set it).</summary>
    public async Task CheckAsync(string linkId, string runId, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        if (await LinkStore.GetAsync(connection, linkId, ct) is { } link)
        {
            await CheckAsync(connection, link, runId, ct);
        }
    }

    /// <summary>
    /// The links a submission completes. The newest submission of a department, year and kind stands for it (a
    /// revision replaces its predecessor), so an older revision re-checked in a batch does not take a link back.
    /// </summary>
    internal static IEnumerable<(string Scope, string CheckedId, string OtherId)> Links(LinkCandidate me, IReadOnlyList<LinkCandidate> others)
    {
        if (others.Any(o => o.Year == me.Year && o.Kind == me.Kind && string.CompareOrdinal(o.ReceivedAt, me.ReceivedAt) > 0))
        {
            yield break;
        }

        LinkCandidate? Latest(long year, string kind) =>
            others.Where(o => o.Year == year && o.Kind == kind).OrderBy(o => o.ReceivedAt, StringComparer.Ordinal).LastOrDefault();

        if (me.Kind == Final && Latest(me.Year, Budget) is { } budget)
        {
            yield return ("pair", me.Id, budget.Id);
        }

        if (me.Kind == Budget && Latest(me.Year, Final) is { } final)
        {
            yield return ("pair", final.Id, me.Id);
        }

        if (Latest(me.Year - 1, me.Kind) is { } prior)
        {
            yield return ("series", me.Id, prior.Id);
        }

        if (Latest(me.Year + 1, me.Kind) is { } next)
        {
            yield return ("series", next.Id, me.Id);
        }
    }

    private static async Task<bool> CheckedAsync(DbConnection connection, LinkRecord link, string runId, string key, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT COUNT(*) FROM link_checks
            WHERE link_id = @Id AND checked_id = @CheckedId AND other_id = @OtherId AND run_id = @runId AND rule_sets_key = @key
            """,
            new { link.Id, link.CheckedId, link.OtherId, runId, key }, cancellationToken: ct)) > 0;

    private async Task CheckAsync(DbConnection connection, LinkRecord link, string runId, CancellationToken ct, (string Id, Document Document)? known = null)
    {
        var checkedDocument = await LoadAsync(connection, link.CheckedId, known, ct);
        var other = await LoadAsync(connection, link.OtherId, known, ct);
        DocumentLink documents;
        try
        {
            documents = link.Scope == "pair" ? DocumentLink.Pair(other, checkedDocument) : DocumentLink.Series(other, checkedDocument);
        }
        catch (ArgumentException ex)
        {
            LinkInvalid(logger, link.Id, ex.Message);
            return;
        }

        var rules = catalog.Current;
        var result = engine.Check(documents, rules.Sets);
        await dialect.ExecuteWriteAsync(
            connection,
            """
            INSERT INTO link_checks (id, link_id, checked_id, other_id, run_id, rule_sets_key, checked_at, errors, warnings, infos, findings_json)
            VALUES (@id, @linkId, @checkedId, @otherId, @runId, @key, @now, @errors, @warnings, @infos, @json)
            ON CONFLICT (link_id, checked_id, other_id, run_id, rule_sets_key) DO NOTHING
            """,
            new
            {
                id = Guid.NewGuid().ToString("N"), linkId = link.Id, checkedId = link.CheckedId, otherId = link.OtherId, runId, key = rules.Key,
                now = UtcText.Format(clock.GetUtcNow()),
                errors = (long)result.Count(Severity.Error), warnings = (long)result.Count(Severity.Warning), infos = (long)result.Count(Severity.Info),
                json = FindingsJson.Write(result),
            },
            ct);
    }

    /// <summary>The stored document, named by its file and with the year and kind the submission was filed under.</summary>
    private static async Task<Document> LoadAsync(DbConnection connection, string id, (string Id, Document Document)? known, CancellationToken ct)
    {
        var mine = known is { } k && k.Id == id;
        var row = await connection.QuerySingleAsync<(string? Json, long Year, string Kind, string FileName)>(new CommandDefinition(
            mine ? "SELECT NULL, year, kind, file_name FROM submissions WHERE id = @id" : "SELECT document_json, year, kind, file_name FROM submissions WHERE id = @id",
            new { id }, cancellationToken: ct));
        var document = mine ? known!.Value.Document : DocumentJson.Read(Encoding.UTF8.GetBytes(row.Json!), id);
        return document with
        {
            Info = document.Info with
            {
                Year = (int)row.Year,
                Kind = Enum.Parse<DocumentKind>(row.Kind),
                SourceFile = row.FileName,
            },
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Link {LinkId} was not checked: {Reason}")]
    private static partial void LinkInvalid(ILogger logger, string linkId, string reason);
}
