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
