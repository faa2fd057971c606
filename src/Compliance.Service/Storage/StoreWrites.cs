using System.Data.Common;
using Dapper;

namespace Compliance.Service.Storage;

/// <summary>A single write statement in its own <see cref="WriteTransaction"/>, so it too waits its turn at the writer.</summary>
internal static class StoreWrites
{
    public static async Task<int> ExecuteWriteAsync(
        this IStoreDialect dialect, DbConnection connection, string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
        var affected = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, write.Transaction, cancellationToken: cancellationToken));
        await write.CommitAsync(cancellationToken);
        return affected;
    }

    public static async Task<int> ExecuteWriteAsync(this IStoreDialect dialect, string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await dialect.ExecuteWriteAsync(connection, sql, parameters, cancellationToken);
    }
}
