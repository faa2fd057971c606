using System.Data.Common;

namespace Compliance.Service.Storage;

/// <summary>
/// A transaction that writes, holding this process's turn at the database's writer (SQLite) until it commits, rolls
/// back or is disposed. Pass <see cref="Transaction"/> to the commands.
/// </summary>
internal sealed class WriteTransaction : IAsyncDisposable
{
    private SemaphoreSlim? turn;

    private WriteTransaction(DbTransaction transaction, SemaphoreSlim? turn)
    {
        Transaction = transaction;
        this.turn = turn;
    }

    public DbTransaction Transaction { get; }

    /// <summary>Begins the transaction after waiting, without holding a thread, for <paramref name="turn"/> when given.</summary>
    public static async Task<WriteTransaction> BeginAsync(DbConnection connection, SemaphoreSlim? turn, CancellationToken cancellationToken)
    {
        if (turn is not null)
        {
            await turn.WaitAsync(cancellationToken);
        }

        try
        {
            return new WriteTransaction(await connection.BeginTransactionAsync(cancellationToken), turn);
        }
        catch
        {
            turn?.Release();
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            Release();
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Transaction.RollbackAsync(cancellationToken);
        }
        finally
        {
            Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync();
        }
        finally
        {
            Release();
        }
    }

    private void Release() => Interlocked.Exchange(ref turn, null)?.Release();
}
