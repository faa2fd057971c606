using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Storage;
using Compliance.Service.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Service.Tests.Api;

public sealed class RetryTests
{
    [Fact]
    public async Task Check_TransientDatabaseFailures_AreRetriedWithBackoffUntilItSucceeds()
    {
        var flaky = new FlakyChecks(failures: 2);
        // Upload checks through Quartz from the start (in-process checks hand a transient failure to Quartz too; that is
        // covered by UploadCheck_TransientFailureInProcess_IsHandedToQuartzAndRetried).
        using var factory = new ServiceFactory(extra: new Dictionary<string, string?> { ["Jobs:UploadCheckWorkers"] = "0" }, services: s =>
        {
            var real = s.Single(d => d.ServiceType == typeof(IStoreDialect));
            s.Remove(real);
            s.AddSingleton<IStoreDialect>(sp => new FlakyDialect((IStoreDialect)real.ImplementationFactory!(sp), flaky));
        });
        using var client = factory.Bureau();

        var id = await client.UploadIdAsync(TestDocuments.Json());
        var findings = await client.WaitForFindingsAsync(id, TimeSpan.FromSeconds(30));

        Assert.Equal(0, flaky.Remaining);
        Assert.Equal(1, findings.GetProperty("summary").GetProperty("errors").GetInt32());
        var history = await client.WaitForJobHistoryAsync("checks.check-submission", h => h.Count >= 3);
        Assert.Equal(2, history.Count(h => !h.GetProperty("succeeded").GetBoolean()));
        Assert.Equal(1, history.Count(h => h.GetProperty("succeeded").GetBoolean()));
        var times = history.Select(h => h.GetProperty("startedAt").GetDateTimeOffset()).Order().ToList();
        // Backoff: 1 s before the first retry, 2 s before the second.
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(2.5), string.Join(", ", times));
    }

    /// <summary>How many more times a check job's database access fails.</summary>
    private sealed class FlakyChecks(int failures)
    {
        private int remaining = failures;

        public int Remaining => Math.Max(0, Volatile.Read(ref remaining));

        public bool TakeFailure() => Interlocked.Decrement(ref remaining) >= 0;
    }

    /// <summary>The real store, except that the check job's first connections time out, as a database failover would.</summary>
    private sealed class FlakyDialect(IStoreDialect inner, FlakyChecks flaky) : IStoreDialect
    {
        public string Name => inner.Name;

        public string ConnectionString => inner.ConnectionString;

        public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
            Environment.StackTrace.Contains("CheckSubmissionJob", StringComparison.Ordinal) && flaky.TakeFailure()
                ? throw new TimeoutException("simulated: database did not answer")
                : inner.OpenAsync(cancellationToken);

        public Task<WriteTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
            inner.BeginWriteAsync(connection, cancellationToken);

        public Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
            inner.LockForMigrationAsync(connection, transaction, cancellationToken);

        public bool IsTransient(Exception exception) => inner.IsTransient(exception);
    }
}
