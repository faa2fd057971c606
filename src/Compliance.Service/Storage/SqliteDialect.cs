using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Compliance.Service.Storage;

/// <summary>The embedded default: one SQLite file shared by the application tables and Quartz.</summary>
internal sealed class SqliteDialect : IStoreDialect, IDisposable
{
    private readonly string pragmas;

    /// <summary>
    /// SQLite has one writer per file. Queued here, this process's writers wait their turn asynchronously and in order;
    /// queued in SQLite's busy handler they would each hold a thread asleep and poll (up to 100 ms per poll), which at
    /// 32 concurrent uploads starved the thread pool and made the slowest uploads wait for the polls.
    /// </summary>
    private readonly SemaphoreSlim writer = new(1, 1);

    public SqliteDialect(string path, SqliteSynchronous synchronous = SqliteSynchronous.Full)
    {
        ConnectionString = BuildConnectionString(path);
        pragmas = $"PRAGMA busy_timeout = 60000; PRAGMA foreign_keys = ON; PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};";

        // WAL lets readers proceed while Quartz or a check writes; the mode is stored in the file, so once is enough.
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
    }

    public string Name => "sqlite";

    /// <summary>The same connection string for the application and Quartz; creates the file's folder.</summary>
    public static string BuildConnectionString(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Pooling = true,
            // Quartz and the API write from several threads; wait for the single writer rather than fail.
            DefaultTimeout = 60,
        }.ToString();
    }

    public string ConnectionString { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(pragmas);
        return connection;
    }

    public Task<WriteTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        WriteTransaction.BeginAsync(connection, writer, cancellationToken);

    // Microsoft.Data.Sqlite begins transactions IMMEDIATE, which already holds the single writer lock.
    public Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public bool IsTransient(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 } or TimeoutException;

    public void Dispose() => writer.Dispose();
}
