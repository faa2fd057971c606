using Dapper;
using Microsoft.Extensions.Options;

namespace Compliance.Service.Storage;

internal static class StorageExtensions
{
    /// <summary>Registers the dialect chosen by configuration and the migrator that runs before anything else starts.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IStoreDialect>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.UsesPostgres ? new PostgresDialect(options.Postgres!) : new SqliteDialect(options.SqlitePath, options.SqliteSynchronous);
        });
        services.AddSingleton<Migrator>();
        services.AddHostedService<MigrationService>();
        return services;
    }
}

/// <summary>Runs migrations in StartAsync, so the schema exists before Quartz and the endpoints use it.</summary>
internal sealed class MigrationService(Migrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
