using Compliance.Service.Storage;
using Compliance.Service.Tests.Infrastructure;
using Dapper;

namespace Compliance.Service.Tests.Storage;

/// <summary>SQLite's single writer: this process's writers queue in order for it, and every way out of a write gives the turn back.</summary>
public sealed class SqliteWriterTurnTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "compliance-turn-" + Guid.NewGuid().ToString("N"));
    private readonly FolderCleanup cleanup;
    private readonly SqliteDialect dialect;

    public SqliteWriterTurnTests()
    {
        cleanup = new FolderCleanup(folder);
        dialect = new SqliteDialect(Path.Combine(folder, "turn.db"));
    }

    [Fact]
    public async Task BeginWrite_WhileAnotherWriteIsOpen_WaitsUntilItCommits()
    {
        await using var first = await dialect.OpenAsync(CancellationToken.None);
        await using var second = await dialect.OpenAsync(CancellationToken.None);
        await first.ExecuteAsync("CREATE TABLE t (v INTEGER)");
        await using var writing = await dialect.BeginWriteAsync(first, CancellationToken.None);
        await first.ExecuteAsync("INSERT INTO t VALUES (1)", transaction: writing.Transaction);

        var waiting = dialect.BeginWriteAsync(second, CancellationToken.None);
        await Task.Delay(200);
        var waitedWhileOpen = !waiting.IsCompleted;
        await writing.CommitAsync(CancellationToken.None);
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(waitedWhileOpen);
        Assert.Equal(1L, await second.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM t", transaction: next.Transaction));
    }

    [Fact]
    public async Task BeginWrite_AfterRollbackOrDisposeWithoutCommit_GetsTheTurn()
    {
        await using var connection = await dialect.OpenAsync(CancellationToken.None);

        var rolledBack = await dialect.BeginWriteAsync(connection, CancellationToken.None);
        await rolledBack.RollbackAsync(CancellationToken.None);
        await rolledBack.DisposeAsync();
        await (await dialect.BeginWriteAsync(connection, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
        var next = await dialect.BeginWriteAsync(connection, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotNull(next.Transaction);
        await next.DisposeAsync();
    }

    [Fact]
    public async Task BeginWrite_Cancelled_WhileWaiting_LeavesTheTurnToOthers()
    {
        await using var first = await dialect.OpenAsync(CancellationToken.None);
        await using var second = await dialect.OpenAsync(CancellationToken.None);
        var writing = await dialect.BeginWriteAsync(first, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = dialect.BeginWriteAsync(second, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await writing.DisposeAsync();
        await using var after = await dialect.BeginWriteAsync(second, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotNull(after.Transaction);
    }

    [Fact]
    public async Task ExecuteWrite_TwentyConcurrentWriters_AllCommitWithoutBusyErrors()
    {
        await dialect.ExecuteWriteAsync("CREATE TABLE t (v INTEGER)", null, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => dialect.ExecuteWriteAsync("INSERT INTO t VALUES (@i)", new { i }, CancellationToken.None))));

        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        Assert.Equal(20L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM t"));
    }

    public void Dispose()
    {
        dialect.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        cleanup.Dispose();
    }
}
