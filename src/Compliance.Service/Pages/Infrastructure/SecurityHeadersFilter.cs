using Microsoft.AspNetCore.Mvc.Filters;

namespace Compliance.Service.Pages.Infrastructure;

/// <summary>
/// Headers on every page: scripts and styles only from the service's own asset files (no inline script), frames
/// only of its own reports, and no framing of the pages by other sites.
/// </summary>
internal sealed class SecurityHeadersFilter : IAsyncPageFilter
{
    public const string PageCsp =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>For a rendered report shown in a frame: its inline styles and SVG, nothing else.</summary>
    public const string ReportCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = PageCsp;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next();
    }
}
