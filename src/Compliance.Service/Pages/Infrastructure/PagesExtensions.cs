using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Compliance.Service.Auth;
using Microsoft.AspNetCore.Authentication;

namespace Compliance.Service.Pages.Infrastructure;

/// <summary>The web pages for departments, the bureau and supervisors: Razor Pages over the service's own stores.</summary>
internal static class PagesExtensions
{
    private const string AssetPrefix = "Compliance.Service.Pages.Assets.";

    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddAuthentication().AddPageSession();
        services.AddAuthorizationBuilder().AddPagePolicies();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "compliance.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/", PageAuth.Signed);
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/Denied");
            options.Conventions.AuthorizePage("/Upload", PageAuth.Upload);
            options.Conventions.AuthorizeFolder("/Runs", PageAuth.ReadAll);
            options.Conventions.AuthorizeFolder("/Schedules", PageAuth.ReadAll);
            options.Conventions.AuthorizePage("/Schedules/Edit", PageAuth.Bureau);
            options.Conventions.AuthorizePage("/Jobs", PageAuth.ReadAll);
            options.Conventions.AuthorizePage("/Rules", PageAuth.ReadAll);
            options.Conventions.AuthorizeFolder("/Digests", PageAuth.ReadAll);
        }).AddMvcOptions(options => options.Filters.Add<SecurityHeadersFilter>());
        // Chinese text as characters, not &#x…; entities: the encoder still escapes every HTML-special character.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        app.MapGet("/assets/{name}", (string name) => Asset(name)).AllowAnonymous();
        return app;
    }

    /// <summary>The pages' stylesheet and script, embedded in the assembly: no front-end build and no file to deploy.</summary>
    private static IResult Asset(string name)
    {
        var type = Path.GetExtension(name) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            _ => null,
        };
        var stream = type is null ? null : Assembly.GetExecutingAssembly().GetManifestResourceStream(AssetPrefix + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, type);
    }
}
