using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;
using Compliance.Service.Tests.Postgres;

namespace Compliance.Service.Tests.Pages;

/// <summary>
/// The real service as a process on a free loopback port with SQLite in a temporary folder and the shipped rule
/// catalogue, shared by the browser tests of a class; it issues keys for two departments and a supervisor.
/// </summary>
public sealed class PagesService : IAsyncLifetime
{
    public const string DepartmentA = "110101";
    public const string DepartmentB = "110102";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "compliance-pages", Guid.NewGuid().ToString("N"));
    private ServiceNode? node;

    public string BaseUrl => $"http://127.0.0.1:{node!.Port}";

    public HttpClient Bureau => node!.Client;

    public string DepartmentAKey { get; private set; } = "";

    public string DepartmentBKey { get; private set; } = "";

    public string SupervisorKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        node = await ServiceNode.StartAsync("pages", folder, new Dictionary<string, string>
        {
            ["Storage__SqlitePath"] = Path.Combine(folder, "compliance.db"),
            ["Rules__Directory"] = Path.Combine(RepoPaths.Root, "rules"),
            ["Jobs__SchedulerName"] = "pages-" + Guid.NewGuid().ToString("N"),
        });
        DepartmentAKey = await CreateKeyAsync("department:" + DepartmentA, "东城区教育局财务科");
        DepartmentBKey = await CreateKeyAsync("department:" + DepartmentB, "西城区卫健委财务科");
        SupervisorKey = await CreateKeyAsync("supervisor", "区人大预算工委");
    }

    public async Task DisposeAsync()
    {
        if (node is not null)
        {
            await node.DisposeAsync();
        }

        new FolderCleanup(folder).Dispose();
    }

    public HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<string> CreateKeyAsync(string role, string name)
    {
        using var response = await Bureau.PostAsJsonAsync(new Uri("/api/keys", UriKind.Relative), new { role, name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }
}
