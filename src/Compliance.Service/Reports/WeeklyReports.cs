using Compliance.Reports;
using Compliance.Reports.Digest;
using Compliance.Service.Storage;
using Quartz;

namespace Compliance.Service.Reports;

/// <summary>Weekly reports as the API and the weekly job see them: stored when the week is over, computed otherwise.</summary>
internal sealed class WeeklyReports(DigestSource source, ReportStore store, ReportRenderer renderer, TimeProvider clock)
{
    /// <summary>The last completed ISO week (Beijing time).</summary>
    public IsoWeek LastCompleted => IsoWeek.Containing(clock.GetUtcNow()).Previous;

    /// <summary>The stored report of a week, else one computed now (and stored if the week is over).</summary>
    public async Task<WeeklyReport> GetAsync(IsoWeek week, CancellationToken cancellationToken) =>
        await store.GetAsync(week.ToString(), cancellationToken) ?? await ComputeAsync(week, cancellationToken);

    /// <summary>The latest stored report; before the first weekly run, the last completed week computed now.</summary>
    public async Task<WeeklyReport> LatestAsync(CancellationToken cancellationToken) =>
        await store.LatestAsync(cancellationToken) ?? await ComputeAsync(LastCompleted, cancellationToken);

    /// <summary>
    /// Computes and renders a week's report. It is stored only once the week is over, so a week in progress is never
    /// frozen; a stored week is replaced (the weekly job recomputes, e.g. after late checks of that week were recovered).
    /// </summary>
    public async Task<WeeklyReport> ComputeAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var digest = await source.ComputeAsync(week, cancellationToken);
        var report = new WeeklyReport(
            digest.Week,
            UtcText.Format(digest.ComputedAt),
            renderer.RenderDigest(digest, ReportFormat.Json),
            renderer.RenderDigest(digest, ReportFormat.Html),
            renderer.RenderDigest(digest, ReportFormat.Markdown));
        if (week.End <= clock.GetUtcNow())
        {
            await store.SaveAsync(report, cancellationToken);
        }

        return report;
    }
}

/// <summary>The weekly findings report: on Monday morning, computes, renders (HTML, Markdown) and stores the week that just ended.</summary>
[RetryPolicy(3, "00:01:00", 2.0)]
internal sealed class WeeklyReportJob(WeeklyReports reports, ILogger<WeeklyReportJob> logger) : IJob
{
    public static readonly JobKey Key = new("weekly-report", "reports");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var report = await reports.ComputeAsync(reports.LastCompleted, cancellationToken);
        logger.DigestComputed(report.Week);
        context.Result = report.Week;
    }
}
