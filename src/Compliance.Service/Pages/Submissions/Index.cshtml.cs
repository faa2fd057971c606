using Compliance.Service.Auth;
using Compliance.Service.Checks;
using Compliance.Service.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages.Submissions;

/// <summary>A submission in a listing with the summary of its latest check (null while pending).</summary>
internal sealed record SubmissionRow(SubmissionRecord Submission, CheckSummary? Latest);

/// <summary>
/// Submissions newest first with their latest result. A department sees only its own whatever the filter says
/// (the same scope as GET /api/submissions); the bureau and supervisors filter all of them.
/// </summary>
internal sealed class IndexModel(SubmissionStore store, CheckStore checks) : PageModel
{
    private const int Limit = 200;

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<SubmissionRow> Rows { get; private set; } = [];

    public bool Truncated { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = new SubmissionFilter(Blank(District), User.DepartmentScope() ?? Blank(Department), Year, Blank(Kind));
        var list = await store.ListAsync(filter, Limit + 1, cancellationToken);
        Truncated = list.Count > Limit;
        var rows = new List<SubmissionRow>();
        foreach (var submission in list.Take(Limit))
        {
            rows.Add(new SubmissionRow(submission, await checks.LatestAsync(submission.Id, cancellationToken)));
        }

        Rows = rows;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
