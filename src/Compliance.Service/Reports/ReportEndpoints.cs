using System.Text.Json;
using Compliance.Service.Auth;

namespace Compliance.Service.Reports;

internal static class ReportEndpoints
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<WeeklyDigestCalculator>();
        services.AddSingleton<ReportStore>();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports/weekly").RequireAuthorization(Policies.ReadAll);
        group.MapGet("/latest", async (ReportStore store, WeeklyDigestCalculator calculator, TimeProvider clock, CancellationToken ct) =>
        {
            if (await store.LatestJsonAsync(ct) is { } json)
            {
                return Results.Text(json, "application/json; charset=utf-8");
            }

            // Before the first Monday run: compute the last completed week on demand.
            var week = IsoWeek.Containing(clock.GetUtcNow(), WeeklyDigestCalculator.Zone).Previous();
            return await ComputeAsync(week, clock, calculator, store, ct);
        });
        group.MapGet("/{week}", async (string week, ReportStore store, WeeklyDigestCalculator calculator, TimeProvider clock, CancellationToken ct) =>
        {
            if (!IsoWeek.TryParse(week, out var parsed))
            {
                return Results.Problem(statusCode: 400, title: "周次无效", detail: $"“{week}” 应写作 ISO 周次，例如 2025-W03。");
            }

            return await store.GetJsonAsync(parsed.ToString(), ct) is { } json
                ? Results.Text(json, "application/json; charset=utf-8")
                : await ComputeAsync(parsed, clock, calculator, store, ct);
        });
        return app;
    }

    /// <summary>Computes a digest; stores it only when the week is over, so a week in progress is never frozen.</summary>
    private static async Task<IResult> ComputeAsync(IsoWeek week, TimeProvider clock, WeeklyDigestCalculator calculator, ReportStore store, CancellationToken ct)
    {
        var digest = await calculator.ComputeAsync(week, ct);
        if (week.Next().Start(WeeklyDigestCalculator.Zone) <= clock.GetUtcNow())
        {
            await store.SaveAsync(digest, ct);
        }

        return Results.Json(digest, ServiceJson.Options);
    }
}
