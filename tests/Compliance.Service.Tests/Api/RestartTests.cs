using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;

namespace Compliance.Service.Tests.Api;

public sealed class RestartTests
{
    [Fact]
    public async Task Restart_EmbeddedDefault_KeepsSubmissionsFindingsAndSchedules()
    {
        string folder;
        string id;
        string findings;
        using (var first = new ServiceFactory { KeepFolder = true })
        {
            folder = first.Folder;
            using var client = first.Bureau();
            id = await client.UploadIdAsync(TestDocuments.Json());
            findings = (await client.WaitForFindingsAsync(id)).GetRawText();
            using var put = await client.PutAsJsonAsync("/api/schedules/nightly", new { cron = "0 0 2 * * ?", job = "run", filter = new { year = 2024 } });
            put.EnsureSuccessStatusCode();
            using var delete = await client.DeleteAsync(new Uri("/api/schedules/weekly-report", UriKind.Relative));
            delete.EnsureSuccessStatusCode();
        }

        using var second = new ServiceFactory(folder);
        using var again = second.Bureau();

        Assert.Equal(findings, (await again.WaitForFindingsAsync(id)).GetRawText());
        var nightly = await again.GetJsonAsync("/api/schedules/nightly");
        Assert.Equal("0 0 2 * * ?", nightly.GetProperty("cron").GetString());
        Assert.NotEqual(JsonValueKind.Null, nightly.GetProperty("nextFireTime").ValueKind);
        // A schedule deleted through the API is not seeded back from configuration.
        var names = (await again.GetJsonAsync("/api/schedules")).EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(["nightly"], names);
    }
}
