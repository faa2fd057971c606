using Dapper;
using Npgsql;

namespace Compliance.Service.Tests.Postgres;

/// <summary>
/// A fresh PostgreSQL database per test class (compliance_test_&lt;random&gt;), dropped afterwards. The server
/// comes from COMPLIANCE_TEST_POSTGRES, which .ci/run always sets; without it the tests fail when CI=true.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "COMPLIANCE_TEST_POSTGRES";

    private string? server;

    public string ConnectionString { get; private set; } = "";

    public string Name { get; } = "compliance_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string? Server => Environment.GetEnvironmentVariable(Variable);

    public async Task InitializeAsync()
    {
        server = Server ?? throw new InvalidOperationException(
            $"{Variable} is not set: the PostgreSQL integration tests need a server, e.g. " +
            "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres (bash .ci/run installs and starts one).");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ToString();
    }

    public async Task DisposeAsync()
    {
        if (server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    /// <summary>Polls until the condition holds; fails naming what it waited for when the timeout passes.</summary>
    public static async Task WaitAsync(string what, TimeSpan timeout, Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out after {timeout} waiting for {what}");
            await Task.Delay(100);
        }
    }
}

/// <summary>A test that needs PostgreSQL: skipped on a developer machine without one, run (and failing) on CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresDatabase.Server is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{PostgresDatabase.Variable} is not set (CI=true makes this a failure).";
        }
    }
}
