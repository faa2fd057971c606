using Compliance.Service.Jobs;
using Compliance.Service.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages;

/// <summary>A job execution with its attempt number: the nth execution of the same trigger is its (n−1)th retry.</summary>
internal sealed record JobRow(JobRun Run, int Attempt)
{
    /// <summary>The run a check belongs to: check triggers are named <c>checks.&lt;run&gt;:&lt;submission&gt;</c>.</summary>
    public string? RunId => Run.TriggerName is { } t && t.StartsWith("checks.", StringComparison.Ordinal) && t.IndexOf(':', StringComparison.Ordinal) is > 7 and var colon
        ? t[7..colon]
        : null;

    /// <summary>The schedule that fired: schedule triggers are named <c>schedules.&lt;name&gt;</c>.</summary>
    public string? Schedule => Run.TriggerName is { } t && t.StartsWith("schedules.", StringComparison.Ordinal) ? t["schedules.".Length..] : null;
}

/// <summary>Job executions on every node (the history GET /api/jobs serves), with failures and retries marked.</summary>
internal sealed class JobsModel(IStoreDialect dialect) : PageModel
{
    public static readonly IReadOnlyList<string> JobKeys = ["checks.check-submission", "schedules.scheduled-run", "reports.weekly-report"];

    [BindProperty(SupportsGet = true)]
    public string? Job { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Failures { get; set; }

    public IReadOnlyList<JobRow> Rows { get; private set; } = [];

    public int FailedCount { get; private set; }

    public int RetryCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var job = JobKeys.Contains(Job) ? Job : null;
        var runs = await JobHistoryListener.ListAsync(dialect, job, 500, cancellationToken);
        var attempts = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<JobRow>();
        foreach (var run in runs.Reverse())
        {
            var key = run.TriggerName ?? run.Id;
            attempts[key] = attempts.GetValueOrDefault(key) + 1;
            rows.Add(new JobRow(run, attempts[key]));
        }

        rows.Reverse();
        FailedCount = rows.Count(r => r.Run.Succeeded == 0);
        RetryCount = rows.Count(r => r.Attempt > 1 || r.Run.Recovering != 0);
        Rows = Failures ? rows.Where(r => r.Run.Succeeded == 0 || r.Attempt > 1 || r.Run.Recovering != 0).ToList() : rows;
    }
}
