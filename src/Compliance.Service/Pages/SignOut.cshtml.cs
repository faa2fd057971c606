using Compliance.Service.Pages.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages;

/// <summary>Ends the page session; only by POST (with the antiforgery token), so no link can sign a user out.</summary>
internal sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PageAuth.Scheme);
        return Redirect("/signin");
    }
}
