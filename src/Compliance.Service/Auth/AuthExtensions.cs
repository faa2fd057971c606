using Microsoft.AspNetCore.Authentication;

namespace Compliance.Service.Auth;

internal static class AuthExtensions
{
    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ApiKeyVerifier>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Bureau, p => p.RequireRole(ApiRole.Bureau))
            .AddPolicy(Policies.Upload, p => p.RequireRole(ApiRole.Bureau, ApiRole.DepartmentKind))
            .AddPolicy(Policies.ReadAll, p => p.RequireRole(ApiRole.Bureau, ApiRole.Supervisor));
        return services;
    }

    public static IEndpointRouteBuilder MapKeys(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/keys").RequireAuthorization(Policies.Bureau);
        keys.MapPost("/", async (CreateKeyRequest request, ApiKeyStore store, CancellationToken ct) =>
        {
            if (!ApiRole.TryParse(request.Role, out var role))
            {
                return Results.Problem(statusCode: 400, title: "角色无效", detail: "role 应为 bureau、supervisor 或 department:<部门编码>。");
            }

            var (info, key) = await store.CreateAsync(role, request.Name, ct);
            return Results.Created($"/api/keys/{info.Id}", new { info.Id, info.Role, info.Name, info.CreatedAt, key });
        });
        keys.MapGet("/", async (ApiKeyStore store, CancellationToken ct) => Results.Ok(await store.ListAsync(ct)));
        keys.MapDelete("/{id}", async (string id, ApiKeyStore store, CancellationToken ct) =>
            await store.RevokeAsync(id, ct) ? Results.NoContent() : Results.NotFound());
        return app;
    }
}

internal sealed record CreateKeyRequest(string? Role, string? Name);
