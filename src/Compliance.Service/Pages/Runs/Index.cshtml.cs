using Compliance.Service.Auth;
using Compliance.Service.Pages.Infrastructure;
using Compliance.Service.Runs;
using Compliance.Service.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages.Runs;

/// <summary>Recent batch and scheduled runs; the bureau starts a batch run over a filter here (RunLauncher, as POST /api/runs).</summary>
internal sealed class IndexModel(RunStore store, RunLauncher launcher) : PageModel
{
    public IReadOnlyList<RunProgress> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Runs = await store.ListAsync(50, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? district, string? department, int? year, string? kind, CancellationToken cancellationToken)
    {
        if (!Viewer.Of(User)!.IsBureau)
        {
            return Forbid(PageAuth.Scheme);
        }

        var filter = new SubmissionFilter(Blank(district), Blank(department), year, Blank(kind));
        var (runId, _) = await launcher.StartAsync(RunKinds.Batch, filter, User.Caller(), null, cancellationToken);
        return Redirect($"/runs/{runId}");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
