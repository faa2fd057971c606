using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Compliance.Service.Tests.Api;

public sealed class AuthTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task Request_WithoutValidKey_Returns401(string? key)
    {
        using var factory = new ServiceFactory();
        using var client = factory.CreateClient(key);

        using var response = await client.GetAsync(new Uri("/api/submissions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Supervisor_StartingRunOrUploading_Returns403()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        using var supervisor = factory.CreateClient(await CreateKeyAsync(bureau, "supervisor"));

        using var run = await supervisor.PostAsJsonAsync("/api/runs", new { year = 2024 });
        using var upload = await supervisor.UploadAsync(TestDocuments.Json());
        using var list = await supervisor.GetAsync(new Uri("/api/runs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task DepartmentKey_SeesOnlyItsOwnSubmissions()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        using var a = factory.CreateClient(await CreateKeyAsync(bureau, "department:A01"));
        using var b = factory.CreateClient(await CreateKeyAsync(bureau, "department:B02"));

        var fromA = await a.UploadIdAsync(TestDocuments.Json(variant: 1));
        var fromB = await b.UploadIdAsync(TestDocuments.Json(variant: 2));

        var listA = await a.GetJsonAsync("/api/submissions?department=B02");
        Assert.Equal(1, listA.GetArrayLength());
        Assert.Equal("A01", listA[0].GetProperty("department").GetString());
        using var other = await a.GetAsync(new Uri($"/api/submissions/{fromB}", UriKind.Relative));
        using var otherFindings = await a.GetAsync(new Uri($"/api/submissions/{fromB}/findings", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherFindings.StatusCode);
        await a.WaitForFindingsAsync(fromA);
        Assert.Equal(2, (await bureau.GetJsonAsync("/api/submissions")).GetArrayLength());
    }

    [Fact]
    public async Task DepartmentKey_UploadingForAnotherDepartment_Returns403()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        using var a = factory.CreateClient(await CreateKeyAsync(bureau, "department:A01"));

        using var response = await a.UploadAsync(TestDocuments.Json(), fields: new Dictionary<string, string> { ["department"] = "B02" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Keys_AreStoredAsHashes_AndRevokedKeysStopWorking()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        using var created = await bureau.PostAsJsonAsync("/api/keys", new { role = "bureau", name = "ops" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = body.GetProperty("key").GetString()!;

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(factory.Folder, "compliance.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key_hash FROM api_keys";
            var stored = (string)command.ExecuteScalar()!;
            Assert.NotEqual(key, stored);
            Assert.Equal(64, stored.Length);
        }

        using var withKey = factory.CreateClient(key);
        Assert.Equal(HttpStatusCode.OK, (await withKey.GetAsync(new Uri("/api/submissions", UriKind.Relative))).StatusCode);
        using var revoke = await bureau.DeleteAsync(new Uri($"/api/keys/{body.GetProperty("id").GetString()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, (await withKey.GetAsync(new Uri("/api/submissions", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Healthz_WithoutKey_ReportsDatabaseAndScheduler()
    {
        using var factory = new ServiceFactory();
        using var client = factory.CreateClient(null);

        var health = await client.GetJsonAsync("/healthz");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("ok", health.GetProperty("database").GetString());
        Assert.Equal("running", health.GetProperty("scheduler").GetString());
    }

    internal static async Task<string> CreateKeyAsync(HttpClient bureau, string role)
    {
        using var response = await bureau.PostAsJsonAsync("/api/keys", new { role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }
}
