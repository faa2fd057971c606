using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Compliance.Service.Auth;

/// <summary>
/// Turns a presented key into the caller it stands for: the bootstrap key or a stored, unrevoked key. Shared by
/// the API's header scheme and the pages' sign-in, so both accept exactly the same keys.
/// </summary>
internal sealed class ApiKeyVerifier(IOptions<AuthOptions> authOptions, ApiKeyStore keys)
{
    public const string BootstrapId = "bootstrap";

    /// <summary>The key's caller, or null when the key is unknown, revoked or names no valid role.</summary>
    public async Task<ApiKeyInfo?> VerifyAsync(string key, CancellationToken cancellationToken)
    {
        var hash = ApiKeyStore.Hash(key);
        if (authOptions.Value.BootstrapKey is { Length: > 0 } bootstrap
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(hash), Encoding.UTF8.GetBytes(ApiKeyStore.Hash(bootstrap))))
        {
            return new ApiKeyInfo(BootstrapId, ApiRole.Bureau, "bootstrap", "", null);
        }

        var info = await keys.FindByHashAsync(hash, cancellationToken);
        return info is not null && ApiRole.TryParse(info.Role, out _) ? info : null;
    }

    /// <summary>Whether a verified caller's key still stands (not revoked since), for sessions that outlive the request.</summary>
    public async Task<bool> IsActiveAsync(string keyId, CancellationToken cancellationToken) =>
        keyId == BootstrapId
            ? authOptions.Value.BootstrapKey is { Length: > 0 }
            : await keys.IsActiveAsync(keyId, cancellationToken);

    /// <summary>The claims every scheme gives a caller: key id as name, role, and the department a department key is confined to.</summary>
    public static List<Claim> Claims(string keyId, ApiRole role)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, keyId), new(ClaimTypes.Role, role.Kind) };
        if (role.Department is not null)
        {
            claims.Add(new Claim(ApiRole.DepartmentClaim, role.Department));
        }

        return claims;
    }
}
