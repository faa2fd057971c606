using System.Data.Common;

namespace Compliance.Service.Storage;

/// <summary>What differs between the embedded SQLite store and the PostgreSQL cluster store.</summary>
internal interface IStoreDialect
{
    /// <summary><c>sqlite</c> or <c>postgres</c>; also the folder of its migration scripts.</summary>
    string Name { get; }

    /// <summary>Connection string Quartz's job store uses (the same database as the application tables).</summary>
    string ConnectionString { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that writes: every write of the service goes through one.</summary>
    Task<WriteTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serialises schema migration across nodes that start together.</summary>
    Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Whether a failure is worth retrying (lock contention, dropped connection).</summary>
    bool IsTransient(Exception exception);
}
