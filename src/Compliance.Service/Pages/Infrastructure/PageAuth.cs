using Compliance.Service.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Compliance.Service.Pages.Infrastructure;

/// <summary>
/// The pages' own scheme: a session cookie issued after an API key is verified at sign-in. It is HttpOnly and
/// SameSite=Strict, and the API never reads it — /api stays on the key header, so a page session cannot be used
/// for cross-site API calls.
/// </summary>
internal static class PageAuth
{
    public const string Scheme = "PageSession";
    public const string CookieName = "compliance.session";
    public const string KeyNameClaim = "compliance:key-name";

    public const string Signed = "pages";
    public const string Upload = "pages-upload";
    public const string ReadAll = "pages-read-all";
    public const string Bureau = "pages-bureau";

    public static AuthenticationBuilder AddPageSession(this AuthenticationBuilder builder) =>
        builder.AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/signin";
            options.LogoutPath = "/signout";
            options.AccessDeniedPath = "/denied";
            options.Events.OnValidatePrincipal = RejectRevokedKeys;
        });

    public static AuthorizationBuilder AddPagePolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Signed, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser())
        .AddPolicy(Upload, p => p.AddAuthenticationSchemes(Scheme).RequireRole(ApiRole.Bureau, ApiRole.DepartmentKind))
        .AddPolicy(ReadAll, p => p.AddAuthenticationSchemes(Scheme).RequireRole(ApiRole.Bureau, ApiRole.Supervisor))
        .AddPolicy(Bureau, p => p.AddAuthenticationSchemes(Scheme).RequireRole(ApiRole.Bureau));

    /// <summary>A session ends as soon as its key is revoked, not when the cookie expires.</summary>
    private static async Task RejectRevokedKeys(CookieValidatePrincipalContext context)
    {
        var verifier = context.HttpContext.RequestServices.GetRequiredService<ApiKeyVerifier>();
        var keyId = context.Principal?.Identity?.Name;
        if (keyId is null || !await verifier.IsActiveAsync(keyId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
