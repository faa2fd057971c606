using Compliance.Reports.Digest;
using Compliance.Service.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages.Digests;

/// <summary>A week as listed: stored (computed by the weekly job, served as it was) or to be computed on opening.</summary>
internal sealed record WeekRow(IsoWeek Week, string? ComputedAt, bool Current);

/// <summary>The weekly findings reports by week: every stored week, and the recent ones not stored yet.</summary>
internal sealed class IndexModel(ReportStore store, WeeklyReports reports, TimeProvider clock) : PageModel
{
    private const int RecentWeeks = 12;

    public IReadOnlyList<WeekRow> Weeks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var stored = (await store.ListWeeksAsync(cancellationToken)).ToDictionary(w => w.Week, w => w.ComputedAt, StringComparer.Ordinal);
        var current = IsoWeek.Containing(clock.GetUtcNow());
        var weeks = new List<IsoWeek> { current };
        for (var week = reports.LastCompleted; weeks.Count < RecentWeeks; week = week.Previous)
        {
            weeks.Add(week);
        }

        var older = stored.Keys.Select(IsoWeek.Parse).Where(w => !weeks.Contains(w));
        Weeks = weeks.Concat(older)
            .Select(w => new WeekRow(w, stored.GetValueOrDefault(w.ToString()), w == current))
            .ToList();
    }
}
