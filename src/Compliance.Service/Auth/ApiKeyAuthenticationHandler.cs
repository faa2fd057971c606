using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Compliance.Service.Auth;

/// <summary>
/// Authenticates <c>X-Api-Key: …</c> or <c>Authorization: Bearer …</c> against the bootstrap key and the
/// stored hashes. A missing or unknown key is a 401, a known key without the role a 403.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyVerifier verifier)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey();
        if (string.IsNullOrEmpty(key))
        {
            return AuthenticateResult.NoResult();
        }

        var info = await verifier.VerifyAsync(key, Context.RequestAborted);
        if (info is null || !ApiRole.TryParse(info.Role, out var role))
        {
            // Never log the key; its hash prefix is enough to correlate.
            Logger.KeyRejected(ApiKeyStore.Hash(key)[..8]);
            return AuthenticateResult.Fail("unknown API key");
        }

        return Success(info.Id, role);
    }

    private string? ReadKey()
    {
        if (Request.Headers.TryGetValue("X-Api-Key", out var header))
        {
            return header.ToString().Trim();
        }

        var authorization = Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    private static AuthenticateResult Success(string keyId, ApiRole role)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(ApiKeyVerifier.Claims(keyId, role), SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
