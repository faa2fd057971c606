using System.Security.Claims;
using System.Text.Json.Nodes;
using Compliance.Reports;
using Compliance.Service.Auth;
using Compliance.Service.Checks;
using Compliance.Service.Reports;

namespace Compliance.Service.Submissions;

internal static class SubmissionEndpoints
{
    public static IServiceCollection AddSubmissions(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // A file part over 64 KB (the default) is buffered to a temporary file, which typical documents are: keep up to
        // 1 MB of each upload in memory instead (larger ones still go to disk).
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MemoryBufferThreshold = 1024 * 1024);
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<CheckStore>();
        services.AddSingleton<SubmissionIntake>();
        services.AddSingleton<CheckSignals>();
        services.AddSingleton<UploadChecks>();
        services.AddHostedService(sp => sp.GetRequiredService<UploadChecks>());
        services.AddHostedService<Runs.OrphanedUploadSweeper>();
        return services;
    }

    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/submissions");
        group.MapPost("/", Upload).RequireAuthorization(Policies.Upload).DisableAntiforgery();
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        group.MapGet("/{id}/findings", Findings);
        group.MapGet("/{id}/report", Report);
        group.MapGet("/{id}/file", File);
        return app;
    }

    private static async Task<IResult> Upload(HttpRequest request, ClaimsPrincipal user, SubmissionIntake intake, CancellationToken ct)
    {
        try
        {
            var stored = await intake.AcceptAsync(request, user, ct);
            var s = stored.Submission;
            return Results.Accepted($"/api/submissions/{s.Id}", new { s.Id, duplicate = !stored.Created, stored.RunId, s.Department, s.Year, s.Kind, s.ContentHash });
        }
        catch (UploadRejectedException ex)
        {
            return Results.Problem(statusCode: ex.Status, title: ex.Title, detail: ex.Message);
        }
        catch (BadHttpRequestException ex)
        {
            return Results.Problem(statusCode: ex.StatusCode, title: "请求无法读取", detail: ex.Message);
        }
    }

    private static async Task<IResult> List(
        ClaimsPrincipal user, SubmissionStore store, string? department, string? district, int? year, string? kind, int? limit, CancellationToken ct)
    {
        // A department key lists only its own submissions whatever it asks for.
        var filter = new SubmissionFilter(district, user.DepartmentScope() ?? department, year, kind);
        return Results.Ok(await store.ListAsync(filter, Math.Clamp(limit ?? 500, 1, 5000), ct));
    }

    private static async Task<IResult> Get(string id, ClaimsPrincipal user, SubmissionStore store, CheckStore checks, CancellationToken ct)
    {
        var submission = await Visible(id, user, store, ct);
        if (submission is null)
        {
            return Results.NotFound();
        }

        var latest = await checks.LatestAsync(id, ct);
        return Results.Ok(new
        {
            submission.Id, submission.Department, submission.District, submission.Year, submission.Kind, submission.FileName,
            submission.ContentType, submission.ContentHash, submission.SizeBytes, submission.ReceivedAt,
            status = latest is null ? "pending" : "checked",
            latestCheck = latest is null ? null : new
            {
                latest.Id, latest.RunId, ruleSetsKey = latest.RuleSetsKey, latest.Node, latest.StartedAt, latest.FinishedAt, latest.DurationMs,
                summary = new { errors = latest.Errors, warnings = latest.Warnings, infos = latest.Infos },
            },
        });
    }

    /// <summary>Longest <c>?wait=</c> a findings request may ask for.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private static async Task<IResult> Findings(
        string id, double? wait, ClaimsPrincipal user, SubmissionStore store, CheckStore checks, CheckSignals signals, TimeProvider clock, CancellationToken ct)
    {
        if (wait is { } seconds && !(seconds >= 0 && seconds <= MaxWait.TotalSeconds))
        {
            return Results.Problem(statusCode: 400, title: "等待时间无效", detail: $"wait 应为 0 到 {MaxWait.TotalSeconds:F0} 秒。");
        }

        if (await Visible(id, user, store, ct) is null)
        {
            return Results.NotFound();
        }

        var json = await WaitForFindingsAsync(id, TimeSpan.FromSeconds(wait ?? 0), checks, signals, clock, ct);
        return json is null
            ? Results.Accepted($"/api/submissions/{id}/findings", new { id, status = "pending" })
            : Results.Text(json, "application/json; charset=utf-8");
    }

    /// <summary>
    /// The latest findings, waiting up to <paramref name="wait"/> while there are none: woken by a check finishing in this
    /// process, and re-reading the database every second for a check finished by another node.
    /// </summary>
    private static async Task<string?> WaitForFindingsAsync(
        string id, TimeSpan wait, CheckStore checks, CheckSignals signals, TimeProvider clock, CancellationToken ct)
    {
        if (wait <= TimeSpan.Zero)
        {
            return await checks.LatestFindingsJsonAsync(id, ct);
        }

        var begin = clock.GetTimestamp();
        while (true)
        {
            var signal = signals.Next(id);
            var json = await checks.LatestFindingsJsonAsync(id, ct);
            var left = wait - clock.GetElapsedTime(begin);
            if (json is not null || left <= TimeSpan.Zero)
            {
                signals.Forget(id, signal);
                return json;
            }

            var delay = left < CheckSignals.RecheckEvery ? left : CheckSignals.RecheckEvery;
            await Task.WhenAny(signal, Task.Delay(delay, clock, ct));
            ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The report of the latest check, rendered as asked; the same access rule and pending answer as the findings.</summary>
    private static async Task<IResult> Report(
        string id, string? format, ClaimsPrincipal user, SubmissionStore store, CheckStore checks, ReportRenderer renderer, CancellationToken ct)
    {
        if (!ReportsExtensions.TryParseFormat(format, out var parsed))
        {
            return ReportsExtensions.BadFormat(format);
        }

        var submission = await Visible(id, user, store, ct);
        if (submission is null)
        {
            return Results.NotFound();
        }

        if (await checks.LatestResultAsync(id, ct) is not { } latest)
        {
            return Results.Accepted($"/api/submissions/{id}/report", new { id, status = "pending" });
        }

        var result = DigestSource.Result(latest.FindingsJson, new SubmissionRecordKey(submission.Department, submission.Year, submission.Kind));
        var body = renderer.RenderSubmission(result, parsed);
        if (parsed == ReportFormat.Json)
        {
            // The renderer stamps checkedAt with the time of rendering; the service knows when the check really finished.
            var node = JsonNode.Parse(body)!.AsObject();
            node["checkedAt"] = latest.FinishedAt;
            body = node.ToJsonString(ServiceJson.Options);
        }

        return Results.Text(body, ReportRenderer.ContentType(parsed));
    }

    private static async Task<IResult> File(string id, ClaimsPrincipal user, SubmissionStore store, CancellationToken ct)
    {
        var submission = await Visible(id, user, store, ct);
        var content = submission is null ? null : await store.GetContentAsync(id, ct);
        return content is null ? Results.NotFound() : Results.File(content, submission!.ContentType ?? "application/octet-stream", submission.FileName);
    }

    /// <summary>The submission when the caller may see it; another department's is reported as not found, not revealed.</summary>
    internal static async Task<SubmissionRecord?> Visible(string id, ClaimsPrincipal user, SubmissionStore store, CancellationToken ct)
    {
        var submission = await store.GetAsync(id, ct);
        var scope = user.DepartmentScope();
        return submission is not null && (scope is null || scope == submission.Department) ? submission : null;
    }
}
