using Compliance.Service.Runs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages.Runs;

/// <summary>One run's progress; the page's script polls <see cref="OnGetProgressAsync"/> (the JSON of GET /api/runs/{id}).</summary>
internal sealed class DetailModel(RunStore store) : PageModel
{
    public RunProgress Run { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } run)
        {
            return NotFound();
        }

        Run = run;
        return Page();
    }

    public async Task<IActionResult> OnGetProgressAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } run ? new JsonResult(RunEndpoints.Shape(run), ServiceJson.Options) : NotFound();
}
