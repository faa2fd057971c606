using System.Data.Common;
using Dapper;
using Npgsql;

namespace Compliance.Service.Storage;

/// <summary>Production: application tables and the clustered Quartz store in one PostgreSQL database.</summary>
internal sealed class PostgresDialect(string connectionString) : IStoreDialect, IDisposable
{
    // Arbitrary constant shared by every node: the advisory lock that serialises migrations.
    private const long MigrationLockId = 0x436F6D706C69;

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public string Name => "postgres";

    public string ConnectionString { get; } = connectionString;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    // Row locks and MVCC let PostgreSQL writers proceed side by side; nothing to queue for.
    public Task<WriteTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        WriteTransaction.BeginAsync(connection, turn: null, cancellationToken);

    public Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@id)", new { id = MigrationLockId }, transaction, cancellationToken: cancellationToken));

    public bool IsTransient(Exception exception) =>
        exception is NpgsqlException { IsTransient: true } or PostgresException { SqlState: "40001" or "40P01" } or TimeoutException;

    public void Dispose() => dataSource.Dispose();
}
