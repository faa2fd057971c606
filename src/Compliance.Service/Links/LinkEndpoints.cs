using System.Security.Claims;
using System.Text.Json;
using Compliance.Service.Auth;
using Compliance.Service.Storage;
using Dapper;

namespace Compliance.Service.Links;

/// <summary>A bureau user's link: which submission is checked against which, as a pair or a series.</summary>
/// <param name="Scope"><c>pair</c> (checked: final accounts; other: the same year's budget) or <c>series</c> (checked: year N; other: year N−1, same kind).</param>
/// <param name="CheckedId">The submission checked.</param>
/// <param name="OtherId">The submission it is compared with.</param>
internal sealed record LinkRequest(string? Scope, string? CheckedId, string? OtherId);

internal static class LinkEndpoints
{
    public static IServiceCollection AddLinks(this IServiceCollection services)
    {
        services.AddSingleton<LinkStore>();
        services.AddSingleton<LinkChecker>();
        return services;
    }

    public static IEndpointRouteBuilder MapLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/submissions/{id}/links", List);
        app.MapPut("/api/links", Set).RequireAuthorization(Policies.Bureau);
        return app;
    }

    /// <summary>The submission's links with the latest findings of each; a department sees only links within its own submissions.</summary>
    private static async Task<IResult> List(string id, ClaimsPrincipal user, IStoreDialect dialect, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        var owner = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT department FROM submissions WHERE id = @id", new { id }, cancellationToken: ct));
        var scope = user.DepartmentScope();
        if (owner is null || (scope is not null && owner != scope))
        {
            return Results.NotFound();
        }

        var links = await LinkStore.ForSubmissionAsync(connection, id, ct);
        // Only the submissions these links name, so listing stays cheap however many submissions the bureau holds.
        var ids = links.SelectMany(l => new[] { l.CheckedId, l.OtherId }).Distinct(StringComparer.Ordinal).ToArray();
        var owners = ids.Length == 0 ? new Dictionary<string, string>(StringComparer.Ordinal)
            : (await connection.QueryAsync<(string Id, string Department)>(new CommandDefinition(
                "SELECT id, department FROM submissions WHERE id IN @ids", new { ids }, cancellationToken: ct)))
                .ToDictionary(x => x.Id, x => x.Department, StringComparer.Ordinal);
        var result = new List<object>();
        foreach (var link in links)
        {
            if (scope is not null && (owners.GetValueOrDefault(link.CheckedId) != scope || owners.GetValueOrDefault(link.OtherId) != scope))
            {
                continue;
            }

            var findings = await LinkStore.LatestFindingsAsync(connection, link.Id, ct);
            result.Add(new
            {
                link.Id, link.Scope, link.CheckedId, link.OtherId, link.Origin, link.SetBy, link.UpdatedAt,
                findings = findings is null ? (JsonElement?)null : JsonDocument.Parse(findings).RootElement.Clone(),
            });
        }

        return Results.Ok(result);
    }

    /// <summary>Sets (or corrects) a link by hand and checks it at once; automatic linking never replaces it.</summary>
    private static async Task<IResult> Set(LinkRequest request, ClaimsPrincipal user, IStoreDialect dialect, LinkStore store, LinkChecker checker,
        TimeProvider clock, CancellationToken ct)
    {
        if (request.Scope is not ("pair" or "series") || string.IsNullOrWhiteSpace(request.CheckedId) || string.IsNullOrWhiteSpace(request.OtherId))
        {
            return Results.Problem(statusCode: 400, title: "关联无效", detail: "需要 scope（pair 或 series）、checkedId 和 otherId。");
        }

        await using (var connection = await dialect.OpenAsync(ct))
        {
            var rows = (await connection.QueryAsync<(string Id, long Year, string Kind)>(new CommandDefinition(
                "SELECT id, year, kind FROM submissions WHERE id = @a OR id = @b", new { a = request.CheckedId, b = request.OtherId }, cancellationToken: ct)))
                .ToDictionary(x => x.Id, StringComparer.Ordinal);
            if (!rows.TryGetValue(request.CheckedId, out var c) || !rows.TryGetValue(request.OtherId, out var o))
            {
                return Results.Problem(statusCode: 404, title: "报送不存在", detail: "checkedId 或 otherId 不是已有的报送。");
            }

            var problem = request.Scope == "pair"
                ? c.Kind == LinkChecker.Final && o.Kind == LinkChecker.Budget && c.Year == o.Year ? null : "pair 需要 checkedId 为决算、otherId 为同一年度的预算。"
                : c.Kind == o.Kind && o.Year == c.Year - 1 ? null : "series 需要同类文档，otherId 的年度为 checkedId 的上一年。";
            if (problem is not null)
            {
                return Results.Problem(statusCode: 400, title: "关联无效", detail: problem);
            }
        }

        var linkId = await store.SetManualAsync(request.Scope, request.CheckedId, request.OtherId, user.Caller(), ct);
        await checker.CheckAsync(linkId, "manual:" + UtcText.Format(clock.GetUtcNow()), ct);
        return Results.Ok(new { id = linkId, request.Scope, request.CheckedId, request.OtherId, origin = "manual" });
    }
}
