using Compliance.Service.Pages.Infrastructure;
using Compliance.Service.Runs;
using Compliance.Service.Schedules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quartz;

namespace Compliance.Service.Pages.Schedules;

/// <summary>A schedule as listed: its next fire times and the last run it started.</summary>
internal sealed record ScheduleRow(Schedule Schedule, IReadOnlyList<DateTimeOffset> NextFires, RunProgress? LastRun);

/// <summary>Every schedule with its next fire times (the Quartz trigger's, then the cron's) and its last run.</summary>
internal sealed class IndexModel(ScheduleStore store, ScheduleTriggers triggers, ScheduleEditor editor, RunStore runs) : PageModel
{
    private const int FiresShown = 3;

    public IReadOnlyList<ScheduleRow> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var recent = await runs.ListAsync(500, cancellationToken);
        var rows = new List<ScheduleRow>();
        foreach (var schedule in await store.ListAsync(cancellationToken))
        {
            var next = await triggers.NextFireAsync(schedule.Name, cancellationToken);
            rows.Add(new ScheduleRow(schedule, NextFires(schedule, next), recent.FirstOrDefault(r => r.ScheduleName == schedule.Name)));
        }

        Rows = rows;
    }

    public async Task<IActionResult> OnPostDeleteAsync(string name, CancellationToken cancellationToken)
    {
        if (!Viewer.Of(User)!.IsBureau)
        {
            return Forbid(PageAuth.Scheme);
        }

        Message = await editor.DeleteAsync(name, cancellationToken) ? $"已删除计划 {name}。" : $"计划 {name} 不存在。";
        return RedirectToPage();
    }

    /// <summary>The trigger's next fire time, then the following ones of the same cron in the schedule's time zone.</summary>
    private static List<DateTimeOffset> NextFires(Schedule schedule, DateTimeOffset? next)
    {
        var fires = new List<DateTimeOffset>();
        if (next is not { } at)
        {
            return fires;
        }

        fires.Add(at);
        var cron = TriggerBuilder.Create()
            .WithSchedule(CronScheduleBuilder.Create(schedule.Cron).InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone)))
            .Build();
        while (fires.Count < FiresShown && cron.GetFireTimeAfter(fires[^1]) is { } following)
        {
            fires.Add(following);
        }

        return fires;
    }
}
