using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;
using Dapper;
using Xunit.Abstractions;

namespace Compliance.Service.Tests.Postgres;

/// <summary>
/// A real service process killed with SIGKILL in the middle of uploads and a batch run, then started again on
/// the same database: every upload it acknowledged is there and checked, nothing is checked or found twice,
/// the run finishes and the cron schedule fires again.
/// </summary>
public sealed class CrashTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task KilledDuringUploadsAndRun_AfterRestartEveryAcceptedUploadIsCheckedOnce()
    {
        var workDir = Directory.CreateTempSubdirectory("compliance-crash-").FullName;
        using var cleanup = new FolderCleanup(workDir);
        var accepted = new ConcurrentBag<string>();
        string run;
        await using (var first = await ServiceNode.StartAsync("crash-a", database.ConnectionString, workDir, TimeSpan.FromMilliseconds(20)))
        {
            using (var put = await first.Client.PutAsJsonAsync("/api/schedules/every-2s", new { cron = "0/2 * * * * ?", job = "run", filter = new { year = 1999 } }))
            {
                put.EnsureSuccessStatusCode();
            }

            for (var i = 0; i < 40; i++)
            {
                accepted.Add(await first.Client.UploadIdAsync(Document(i)));
            }

            using (var started = await first.Client.PostAsJsonAsync("/api/runs", new { year = 2024 }))
            {
                Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
                run = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            }

            // Uploads keep arriving while the run works; the node dies under both.
            using var stop = new CancellationTokenSource();
            var uploaders = Enumerable.Range(0, 4).Select(u => Task.Run(async () =>
            {
                for (var i = 1000 + (u * 1000); !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        using var response = await first.Client.UploadAsync(Document(i));
                        if (response.StatusCode == HttpStatusCode.Accepted)
                        {
                            accepted.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or JsonException)
                    {
                        // The node was killed under this request: it was never acknowledged.
                    }
                }
            })).ToArray();
            await PostgresDatabase.WaitAsync("some of the run done", TimeSpan.FromSeconds(60), async () =>
                await database.ScalarAsync($"SELECT COUNT(*) FROM run_items WHERE run_id = '{run}' AND status = 'done'") >= 5);
            await Task.Delay(300);
            first.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(uploaders);
        }

        var killedAt = DateTimeOffset.UtcNow;
        var beforeRestart = await database.ScalarAsync("SELECT COUNT(*) FROM submissions");
        output.WriteLine($"killed with {accepted.Count} uploads acknowledged, {beforeRestart} stored, run {run} at " +
            $"{await database.ScalarAsync($"SELECT COUNT(*) FROM run_items WHERE run_id = '{run}' AND status = 'done'")} done");

        await using var second = await ServiceNode.StartAsync("crash-b", database.ConnectionString, workDir, TimeSpan.Zero);
        foreach (var id in accepted)
        {
            await second.Client.WaitForFindingsAsync(id, TimeSpan.FromSeconds(120));
        }

        var finished = await second.Client.WaitForRunAsync(run, TimeSpan.FromSeconds(120));
        var progress = finished.GetProperty("progress");
        Assert.Equal(progress.GetProperty("total").GetInt32(), progress.GetProperty("done").GetInt32());
        Assert.Equal(0, progress.GetProperty("failed").GetInt32());

        // Nothing half-stored: every stored submission has its file and, once recovered, a check.
        await PostgresDatabase.WaitAsync("every stored submission checked", TimeSpan.FromSeconds(120), async () =>
            await database.ScalarAsync("SELECT COUNT(*) FROM submissions s WHERE NOT EXISTS (SELECT 1 FROM checks c WHERE c.submission_id = s.id)") == 0);
        Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM submissions s WHERE NOT EXISTS (SELECT 1 FROM submission_files f WHERE f.submission_id = s.id)"));
        Assert.True(accepted.Count <= await database.ScalarAsync("SELECT COUNT(*) FROM submissions"));

        // Nothing twice: one check per submission and run, one finding per rule and place within a check.
        Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM (SELECT 1 FROM checks GROUP BY run_id, submission_id HAVING COUNT(*) > 1) d"));
        Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM (SELECT 1 FROM findings GROUP BY check_id, rule_id, location_key, message HAVING COUNT(*) > 1) d"));
        Assert.Equal(await database.ScalarAsync($"SELECT COUNT(*) FROM run_items WHERE run_id = '{run}'"), await database.ScalarAsync($"SELECT COUNT(*) FROM checks WHERE run_id = '{run}'"));

        // The cron schedule survived the crash and fires on the new node.
        await PostgresDatabase.WaitAsync("the schedule firing after the restart", TimeSpan.FromSeconds(30), async () =>
        {
            await using var connection = await database.OpenAsync();
            return await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM job_history WHERE trigger_name LIKE '%every-2s' AND node = 'crash-b' AND succeeded = 1") > 0;
        });
        output.WriteLine($"after restart: {await database.ScalarAsync("SELECT COUNT(*) FROM submissions")} submissions, all checked; run finished; schedule fired " +
            $"({(DateTimeOffset.UtcNow - killedAt).TotalSeconds:F1} s after the kill)");
    }

    private static byte[] Document(int i) => TestDocuments.Json(error: i % 3 == 0 ? 1m : 0m, variant: i);
}
