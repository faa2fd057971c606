using Compliance.Service.Pages.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages;

/// <summary>The start page of each role: a department uploads, the bureau watches submissions, a supervisor reads digests.</summary>
internal sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Viewer.Of(User) switch
    {
        { IsDepartment: true } => Redirect("/upload"),
        { IsSupervisor: true } => Redirect("/digests"),
        _ => Redirect("/submissions"),
    };
}
