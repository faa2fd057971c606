using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Service.Tests.Infrastructure;

/// <summary>
/// The service in process on its own temporary SQLite database. <see cref="Restart"/> builds a second host
/// on the same folder, as a restart of the embedded-default service would.
/// </summary>
public sealed class ServiceFactory : WebApplicationFactory<Program>
{
    public const string BootstrapKey = "test-bootstrap-key";

    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;

    public ServiceFactory(string? folder = null, IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        this.services = services;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "compliance-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        settings = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(Folder, "compliance.db"),
            ["Auth:BootstrapKey"] = BootstrapKey,
            ["Rules:Directory"] = RepoPaths.Rules,
            // Quartz keeps schedulers in a process-wide registry by name; tests run side by side in one process.
            ["Jobs:SchedulerName"] = "test-" + Guid.NewGuid().ToString("N"),
            ["Jobs:NodeName"] = "test-node",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public string Folder { get; }

    public bool KeepFolder { get; set; }

    public HttpClient CreateClient(string? apiKey)
    {
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public HttpClient Bureau() => CreateClient(BootstrapKey);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepFolder)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a pooled handle; the temp folder is cleaned by the OS.
            }
        }
    }
}
