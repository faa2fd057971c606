using System.Security.Claims;
using Compliance.Service.Auth;
using Compliance.Service.Pages.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages;

/// <summary>Verifies an API key as the API does and turns it into a page session.</summary>
internal sealed class SignInModel(ApiKeyVerifier verifier) : PageModel
{
    public string? Error { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(string? key, CancellationToken cancellationToken)
    {
        var info = string.IsNullOrWhiteSpace(key) ? null : await verifier.VerifyAsync(key.Trim(), cancellationToken);
        if (info is null || !ApiRole.TryParse(info.Role, out var role))
        {
            Error = "密钥无效或已被吊销。";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var claims = ApiKeyVerifier.Claims(info.Id, role);
        if (info.Name is { Length: > 0 } name)
        {
            claims.Add(new Claim(PageAuth.KeyNameClaim, name));
        }

        await HttpContext.SignInAsync(PageAuth.Scheme, new ClaimsPrincipal(new ClaimsIdentity(claims, PageAuth.Scheme)));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
