using System.Security.Claims;
using Compliance.Service.Auth;
using Compliance.Service.Submissions;

namespace Compliance.Service.Runs;

/// <summary>A batch run request: which submissions to re-check with the rules now in force.</summary>
internal sealed record RunRequest(string? District, string? Department, int? Year, string? Kind);

internal static class RunEndpoints
{
    public static IServiceCollection AddRuns(this IServiceCollection services)
    {
        services.AddSingleton<RunStore>();
        services.AddSingleton<RunLauncher>();
        return services;
    }

    public static IEndpointRouteBuilder MapRuns(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/runs");
        group.MapPost("/", async (RunRequest? request, ClaimsPrincipal user, RunLauncher launcher, CancellationToken ct) =>
        {
            var filter = new SubmissionFilter(request?.District, request?.Department, request?.Year, request?.Kind);
            var (runId, total) = await launcher.StartAsync(RunKinds.Batch, filter, user.Caller(), null, ct);
            return Results.Accepted($"/api/runs/{runId}", new { id = runId, total });
        }).RequireAuthorization(Policies.Bureau);
        group.MapGet("/", async (RunStore store, int? limit, CancellationToken ct) => Results.Ok((await store.ListAsync(Math.Clamp(limit ?? 50, 1, 500), ct)).Select(Shape)))
            .RequireAuthorization(Policies.ReadAll);
        group.MapGet("/{id}", async (string id, RunStore store, CancellationToken ct) =>
            await store.GetAsync(id, ct) is { } run ? Results.Ok(Shape(run)) : Results.NotFound())
            .RequireAuthorization(Policies.ReadAll);
        return app;
    }

    internal static object Shape(RunProgress r) => new
    {
        r.Id, r.Kind, filter = r.FilterJson is null ? (System.Text.Json.JsonElement?)null : System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(r.FilterJson),
        r.RequestedBy, schedule = r.ScheduleName, r.CreatedAt, r.FinishedAt,
        status = r.FinishedAt is not null ? "finished" : "running",
        progress = new { r.Total, r.Done, r.Failed, r.Pending, percent = r.Percent },
        findings = new { errors = r.Errors, warnings = r.Warnings },
    };
}

/// <summary>Creates a run over a filter and dispatches its checks; used by the API and by scheduled runs.</summary>
internal sealed class RunLauncher(RunStore store, RunDispatcher dispatcher)
{
    public async Task<(string RunId, int Total)> StartAsync(string kind, SubmissionFilter filter, string requestedBy, string? scheduleName, CancellationToken ct)
    {
        var (runId, ids) = await store.CreateAsync(kind, filter, requestedBy, scheduleName, ct);
        await dispatcher.DispatchAsync(runId, ids, ct);
        return (runId, ids.Count);
    }

    /// <summary>Checks one submission again with the rules now in force.</summary>
    public async Task<string> RecheckAsync(string submissionId, string requestedBy, CancellationToken ct)
    {
        var runId = await store.CreateForAsync(RunKinds.Recheck, [submissionId], requestedBy, ct);
        await dispatcher.DispatchAsync(runId, [submissionId], ct);
        return runId;
    }
}
