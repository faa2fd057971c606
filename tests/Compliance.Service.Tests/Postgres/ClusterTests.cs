using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;
using Dapper;
using Xunit.Abstractions;

namespace Compliance.Service.Tests.Postgres;

/// <summary>Two real service processes on one PostgreSQL database, one of them killed in the middle of a run.</summary>
public sealed class ClusterTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    private const int Submissions = 300;

    [PostgresFact]
    public async Task TwoNodes_BatchOf300_EachCheckedOnce_SurvivesAKilledNode_MatchesSingleNode()
    {
        var workDir = Directory.CreateTempSubdirectory("compliance-cluster-").FullName;
        var delay = TimeSpan.FromMilliseconds(20);
        await using var a = await ServiceNode.StartAsync("node-a", database.ConnectionString, workDir, delay);
        try
        {
            // Arrange: 300 small documents, each checked on upload.
            var clock = Stopwatch.StartNew();
            await Parallel.ForAsync(0, Submissions, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            {
                var fields = new Dictionary<string, string> { ["department"] = $"D{i % 12:D2}", ["district"] = i % 2 == 0 ? "east" : "west" };
                using var response = await a.Client.UploadAsync(TestDocuments.Json(error: i % 3 == 0 ? 1m : 0m, variant: i), fields: fields);
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            });
            await PostgresDatabase.WaitAsync("upload checks", TimeSpan.FromSeconds(120), async () =>
                await database.ScalarAsync("SELECT COUNT(*) FROM runs WHERE kind = 'upload' AND finished_at IS NULL") == 0);
            output.WriteLine($"uploaded and checked {Submissions} on one node: {clock.Elapsed.TotalSeconds:F1} s");

            // Single-node baseline.
            clock.Restart();
            var baselineRun = await StartRunAsync(a);
            await a.Client.WaitForRunAsync(baselineRun, TimeSpan.FromSeconds(120));
            output.WriteLine($"batch of {Submissions} on one node: {clock.Elapsed.TotalSeconds:F1} s");
            var baseline = await FindingsAsync(baselineRun);

            // Act: a second node joins, a run starts, and the first node is killed part-way through.
            await using var b = await ServiceNode.StartAsync("node-b", database.ConnectionString, workDir, delay);
            clock.Restart();
            var run = await StartRunAsync(a);
            await PostgresDatabase.WaitAsync("a tenth of the run", TimeSpan.FromSeconds(60), async () =>
                await database.ScalarAsync($"SELECT COUNT(*) FROM run_items WHERE run_id = '{run}' AND status = 'done'") >= Submissions / 10);
            var doneAtKill = await database.ScalarAsync($"SELECT COUNT(*) FROM run_items WHERE run_id = '{run}' AND status = 'done'");
            a.Kill();
            var finished = await b.Client.WaitForRunAsync(run, TimeSpan.FromSeconds(120));
            output.WriteLine($"batch of {Submissions} on two nodes with node-a killed after {doneAtKill}: {clock.Elapsed.TotalSeconds:F1} s");

            // Assert: every submission checked exactly once in the run, by either node, with the single-node results.
            Assert.Equal(Submissions, finished.GetProperty("progress").GetProperty("done").GetInt32());
            Assert.Equal(Submissions, await database.ScalarAsync($"SELECT COUNT(*) FROM checks WHERE run_id = '{run}'"));
            Assert.Equal(Submissions, await database.ScalarAsync($"SELECT COUNT(DISTINCT submission_id) FROM checks WHERE run_id = '{run}'"));
            await using (var connection = await database.OpenAsync())
            {
                var byNode = (await connection.QueryAsync<(string Node, long Count)>(
                    "SELECT node, COUNT(*) FROM checks WHERE run_id = @run GROUP BY node", new { run })).ToList();
                output.WriteLine(string.Join(", ", byNode.Select(n => $"{n.Node}: {n.Count}")));
                Assert.Contains(byNode, n => n.Node == "node-b" && n.Count > 0);
                Assert.Contains(byNode, n => n.Node == "node-a" && n.Count > 0);
            }

            Assert.Equal(baseline, await FindingsAsync(run));
        }
        catch
        {
            output.WriteLine("node-a output:\n" + a.Output);
            throw;
        }
        finally
        {
            new FolderCleanup(workDir).Dispose();
        }
    }

    [PostgresFact]
    public async Task Nodes_StartingTogether_MigrateOnceAndShareSchedules()
    {
        var workDir = Directory.CreateTempSubdirectory("compliance-cluster-").FullName;
        var startA = ServiceNode.StartAsync("node-c", database.ConnectionString, workDir, TimeSpan.Zero);
        var startB = ServiceNode.StartAsync("node-d", database.ConnectionString, workDir, TimeSpan.Zero);
        await using var c = await startA;
        await using var d = await startB;
        using var cleanup = new FolderCleanup(workDir);

        using var put = await c.Client.PutAsJsonAsync("/api/schedules/shared", new { cron = "0 0 3 * * ?", job = "run" });
        put.EnsureSuccessStatusCode();
        var seen = await d.Client.GetJsonAsync("/api/schedules/shared");

        Assert.Equal("0 0 3 * * ?", seen.GetProperty("cron").GetString());
        // A past week's report is rendered and stored by one node (migration 002's columns) and served as stored by the other.
        using var rendered = await c.Client.GetAsync(new Uri("/api/reports/weekly/2025-W03?format=html", UriKind.Relative));
        rendered.EnsureSuccessStatusCode();
        using var served = await d.Client.GetAsync(new Uri("/api/reports/weekly/2025-W03?format=html", UriKind.Relative));
        Assert.Equal(await rendered.Content.ReadAsStringAsync(), await served.Content.ReadAsStringAsync());
        Assert.Equal(1, await database.ScalarAsync("SELECT COUNT(*) FROM weekly_reports WHERE html IS NOT NULL AND markdown IS NOT NULL"));

        // Each embedded script applied once, though two nodes migrated at the same moment.
        var scripts = typeof(Program).Assembly.GetManifestResourceNames().Count(n => n.Contains(".Storage.Migrations.postgres.", StringComparison.Ordinal));
        Assert.Equal(scripts, await database.ScalarAsync("SELECT COUNT(*) FROM schema_version"));
    }

    private static async Task<string> StartRunAsync(ServiceNode node)
    {
        using var response = await node.Client.PostAsJsonAsync("/api/runs", new { year = 2024 });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Submissions, body.GetProperty("total").GetInt32());
        return body.GetProperty("id").GetString()!;
    }

    private async Task<Dictionary<string, string>> FindingsAsync(string run)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<(string Submission, string Json)>(
            "SELECT submission_id, findings_json FROM checks WHERE run_id = @run", new { run })).ToDictionary(r => r.Submission, r => r.Json);
    }
}
