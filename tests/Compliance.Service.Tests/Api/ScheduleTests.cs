using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;

namespace Compliance.Service.Tests.Api;

public sealed class ScheduleTests
{
    [Fact]
    public async Task Schedules_WeeklyReportIsSeededFromConfiguration()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();

        var schedule = await client.GetJsonAsync("/api/schedules/weekly-report");

        Assert.Equal("0 0 8 ? * MON", schedule.GetProperty("cron").GetString());
        Assert.Equal("Asia/Shanghai", schedule.GetProperty("timeZone").GetString());
        Assert.Equal("config", schedule.GetProperty("source").GetString());
        var next = schedule.GetProperty("nextFireTime").GetDateTimeOffset();
        Assert.Equal(DayOfWeek.Monday, next.ToOffset(TimeSpan.FromHours(8)).DayOfWeek);
        Assert.Equal(8, next.ToOffset(TimeSpan.FromHours(8)).Hour);
    }

    [Fact]
    public async Task PutGetDelete_Schedule_RoundTrips()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();

        using var put = await client.PutAsJsonAsync("/api/schedules/district-x-final", new { cron = "0 30 2 * * ?", job = "run", filter = new { district = "X", year = 2024, kind = "FinalAccounts" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var got = await client.GetJsonAsync("/api/schedules/district-x-final");
        Assert.Equal("X", got.GetProperty("filter").GetProperty("district").GetString());
        Assert.Equal("api", got.GetProperty("source").GetString());

        using var edit = await client.PutAsJsonAsync("/api/schedules/district-x-final", new { cron = "0 0 3 * * ?", job = "run", enabled = false });
        Assert.False((await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enabled").GetBoolean());

        using var delete = await client.DeleteAsync(new Uri("/api/schedules/district-x-final", UriKind.Relative));
        using var gone = await client.GetAsync(new Uri("/api/schedules/district-x-final", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("not a cron", "run", "Asia/Shanghai")]
    [InlineData("0 0 8 ? * MON", "explode", "Asia/Shanghai")]
    [InlineData("0 0 8 ? * MON", "run", "Mars/Olympus")]
    public async Task Put_InvalidSchedule_Returns400(string cron, string job, string timeZone)
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();

        using var response = await client.PutAsJsonAsync("/api/schedules/bad", new { cron, job, timeZone });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ScheduledRun_WhenItFires_StartsABatchRun()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();
        var id = await client.UploadIdAsync(TestDocuments.Json());
        await client.WaitForFindingsAsync(id);

        // Every second: the trigger fires almost at once.
        using var put = await client.PutAsJsonAsync("/api/schedules/every-second", new { cron = "* * * * * ?", job = "run", filter = new { year = 2024 } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement runs;
        do
        {
            await Task.Delay(300);
            runs = await client.GetJsonAsync("/api/runs");
        }
        while (runs.GetArrayLength() == 0 && DateTime.UtcNow < deadline);

        Assert.NotEqual(0, runs.GetArrayLength());
        Assert.Equal("every-second", runs[0].GetProperty("schedule").GetString());
        // The history row is written after the job returns, and the run is visible while it still runs.
        var history = await client.WaitForJobHistoryAsync("schedules.scheduled-run", h => h.Count > 0);

        Assert.NotEmpty(history);
    }

    [Fact]
    public async Task Schedules_DepartmentKey_Returns403()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        using var department = factory.CreateClient(await AuthTests.CreateKeyAsync(bureau, "department:A01"));

        using var get = await department.GetAsync(new Uri("/api/schedules/weekly-report", UriKind.Relative));
        using var put = await department.PutAsJsonAsync("/api/schedules/x", new { cron = "0 0 8 ? * MON", job = "run" });

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }
}
