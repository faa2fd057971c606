using Compliance.Reports;
using Compliance.Service.Auth;
using Compliance.Service.Checks;
using Compliance.Service.Pages.Infrastructure;
using Compliance.Service.Reports;
using Compliance.Service.Runs;
using Compliance.Service.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages.Submissions;

/// <summary>
/// One submission: its status while the check runs, then the submission report the API renders, shown in a frame.
/// Another department's submission is "not found", exactly as in the API.
/// </summary>
internal sealed class DetailModel(SubmissionStore store, CheckStore checks, RunStore runs, RunLauncher launcher, ReportRenderer renderer) : PageModel
{
    public SubmissionRecord Submission { get; private set; } = null!;

    public CheckSummary? Latest { get; private set; }

    public bool Checking { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await SubmissionEndpoints.Visible(id, User, store, cancellationToken) is not { } submission)
        {
            return NotFound();
        }

        Submission = submission;
        Latest = await checks.LatestAsync(id, cancellationToken);
        Checking = Latest is null || await runs.HasPendingAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>What the page's script polls while a check is running.</summary>
    public async Task<IActionResult> OnGetStatusAsync(string id, CancellationToken cancellationToken)
    {
        if (await SubmissionEndpoints.Visible(id, User, store, cancellationToken) is null)
        {
            return NotFound();
        }

        var latest = await checks.LatestAsync(id, cancellationToken);
        var checking = latest is null || await runs.HasPendingAsync(id, cancellationToken);
        return new JsonResult(new { checking, checkId = latest?.Id });
    }

    /// <summary>The rendered submission report (Compliance.Reports), for the frame on the page.</summary>
    public async Task<IActionResult> OnGetReportAsync(string id, CancellationToken cancellationToken)
    {
        var submission = await SubmissionEndpoints.Visible(id, User, store, cancellationToken);
        if (submission is null || await checks.LatestResultAsync(id, cancellationToken) is not { } latest)
        {
            return NotFound();
        }

        var result = DigestSource.Result(latest.FindingsJson, new SubmissionRecordKey(submission.Department, submission.Year, submission.Kind));
        Response.Headers.ContentSecurityPolicy = SecurityHeadersFilter.ReportCsp;
        return Content(renderer.RenderSubmission(result, ReportFormat.Html), ReportRenderer.ContentType(ReportFormat.Html));
    }

    /// <summary>Checks the submission again with the rules now in force (its uploader's department or the bureau).</summary>
    public async Task<IActionResult> OnPostRecheckAsync(string id, CancellationToken cancellationToken)
    {
        if (await SubmissionEndpoints.Visible(id, User, store, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!Viewer.Of(User)!.MayUpload)
        {
            return Forbid(PageAuth.Scheme);
        }

        await launcher.RecheckAsync(id, User.Caller(), cancellationToken);
        return Redirect($"/submissions/{id}");
    }
}
