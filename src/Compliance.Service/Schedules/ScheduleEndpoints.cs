using Compliance.Service.Auth;
using Compliance.Service.Runs;

namespace Compliance.Service.Schedules;

internal static class ScheduleEndpoints
{
    public static IServiceCollection AddSchedules(this IServiceCollection services)
    {
        services.AddOptions<SchedulesOptions>().BindConfiguration(SchedulesOptions.Section).ValidateOnStart();
        services.AddSingleton<ScheduleStore>();
        services.AddSingleton<ScheduleTriggers>();
        services.AddSingleton<ScheduleEditor>();
        services.AddHostedService<StartupSync>();
        return services;
    }

    public static IEndpointRouteBuilder MapSchedules(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/schedules");
        group.MapGet("/", async (ScheduleStore store, ScheduleTriggers triggers, CancellationToken ct) =>
        {
            var list = new List<object>();
            foreach (var s in await store.ListAsync(ct))
            {
                list.Add(Shape(s, await triggers.NextFireAsync(s.Name, ct)));
            }

            return Results.Ok(list);
        }).RequireAuthorization(Policies.ReadAll);
        group.MapGet("/{name}", async (string name, ScheduleStore store, ScheduleTriggers triggers, CancellationToken ct) =>
            await store.GetAsync(name, ct) is { } s ? Results.Ok(Shape(s, await triggers.NextFireAsync(name, ct))) : Results.NotFound())
            .RequireAuthorization(Policies.ReadAll);
        group.MapPut("/{name}", async (string name, ScheduleDefinition definition, ScheduleEditor editor, ScheduleTriggers triggers, CancellationToken ct) =>
        {
            var (saved, problem) = await editor.SaveAsync(name, definition, ct);
            return saved is null
                ? Results.Problem(statusCode: 400, title: problem!.Title, detail: problem.Detail)
                : Results.Ok(Shape(saved, await triggers.NextFireAsync(name, ct)));
        }).RequireAuthorization(Policies.Bureau);
        group.MapDelete("/{name}", async (string name, ScheduleEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(name, ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(Policies.Bureau);
        return app;
    }

    private static object Shape(Schedule s, DateTimeOffset? next) =>
        new { s.Name, s.Cron, s.TimeZone, s.Job, s.Filter, s.Enabled, s.Source, s.UpdatedAt, nextFireTime = next };
}

/// <summary>
/// After the scheduler has started: seeds configured schedules, brings every stored schedule's trigger in
/// step, and re-dispatches checks of unfinished runs whose triggers were lost (a crash between commit and dispatch).
/// </summary>
internal sealed class StartupSync(
    ScheduleStore store, ScheduleTriggers triggers, Microsoft.Extensions.Options.IOptions<SchedulesOptions> options,
    RunStore runs, RunDispatcher dispatcher, ILogger<StartupSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, definition) in options.Value.Seed)
        {
            if (ScheduleTriggers.Validate(definition) is { } problem)
            {
                throw new InvalidOperationException($"Schedules:Seed:{name}: {problem}");
            }

            await store.SeedAsync(name, definition, cancellationToken);
        }

        foreach (var schedule in await store.ListAsync(cancellationToken))
        {
            await triggers.ApplyAsync(schedule, cancellationToken);
            logger.ScheduleSet(schedule.Name, schedule.Cron, schedule.TimeZone, schedule.Job, schedule.Enabled);
        }

        var pending = await runs.PendingItemsAsync(cancellationToken);
        foreach (var run in pending.GroupBy(p => p.RunId))
        {
            await dispatcher.DispatchMissingAsync(run.Key, run.Select(p => p.SubmissionId), cancellationToken);
        }

        if (pending.Count > 0)
        {
            logger.Redispatched(pending.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
