using System.Security.Cryptography;
using System.Text;
using Compliance.Service.Storage;
using Dapper;

namespace Compliance.Service.Auth;

/// <summary>A stored key as listed: never the key itself, which only its creator saw once.</summary>
internal sealed record ApiKeyInfo(string Id, string Role, string? Name, string CreatedAt, string? RevokedAt);

/// <summary>API keys, stored as SHA-256 hashes.</summary>
internal sealed class ApiKeyStore(IStoreDialect dialect, TimeProvider clock)
{
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Creates a key and returns it in clear, the only time it exists outside the caller.</summary>
    public async Task<(ApiKeyInfo Info, string Key)> CreateAsync(ApiRole role, string? name, CancellationToken cancellationToken)
    {
        var key = "ck_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var info = new ApiKeyInfo(Guid.NewGuid().ToString("N"), role.ToString(), name, UtcText.Format(clock.GetUtcNow()), null);
        await dialect.ExecuteWriteAsync(
            "INSERT INTO api_keys (id, key_hash, role, name, created_at) VALUES (@Id, @hash, @Role, @Name, @CreatedAt)",
            new { info.Id, hash = Hash(key), info.Role, info.Name, info.CreatedAt }, cancellationToken);
        return (info, key);
    }

    public async Task<ApiKeyInfo?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ApiKeyInfo>(new CommandDefinition(
            "SELECT id, role, name, created_at, revoked_at FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL",
            new { hash }, cancellationToken: cancellationToken));
    }

    public async Task<bool> IsActiveAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM api_keys WHERE id = @id AND revoked_at IS NULL", new { id }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ApiKeyInfo>(new CommandDefinition(
            "SELECT id, role, name, created_at, revoked_at FROM api_keys ORDER BY created_at", cancellationToken: cancellationToken))).ToList();
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        return await dialect.ExecuteWriteAsync(
            "UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL",
            new { id, at = UtcText.Format(clock.GetUtcNow()) }, cancellationToken) > 0;
    }
}
