using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Compliance.Service.Tests.Api;

public sealed class RunTests
{
    [Fact]
    public async Task Run_OverFilter_ChecksEachMatchingSubmissionOnce()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();
        for (var i = 0; i < 5; i++)
        {
            await client.UploadIdAsync(TestDocuments.Json(year: i < 2 ? 2023 : 2024, variant: i));
        }

        using var started = await client.PostAsJsonAsync("/api/runs", new { year = 2024, kind = "FinalAccounts" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();
        var run = await client.WaitForRunAsync(body.GetProperty("id").GetString()!);

        Assert.Equal(3, body.GetProperty("total").GetInt32());
        Assert.Equal(3, run.GetProperty("progress").GetProperty("done").GetInt32());
        Assert.True(run.GetProperty("findings").GetProperty("errors").GetInt32() >= 3);
        Assert.Equal(3L, Scalar(factory, $"SELECT COUNT(DISTINCT submission_id) FROM checks WHERE run_id = '{body.GetProperty("id").GetString()}'"));
        Assert.Equal(3L, Scalar(factory, $"SELECT COUNT(*) FROM checks WHERE run_id = '{body.GetProperty("id").GetString()}'"));
    }

    [Fact]
    public async Task Run_MatchingNothing_IsFinishedAtOnce()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();

        using var started = await client.PostAsJsonAsync("/api/runs", new { department = "nobody" });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var run = await client.WaitForRunAsync(id, TimeSpan.FromSeconds(5));

        Assert.Equal(0, run.GetProperty("progress").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Run_Unknown_Returns404()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();

        using var response = await client.GetAsync(new Uri("/api/runs/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static long Scalar(ServiceFactory factory, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.Folder, "compliance.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
