using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Cli.Generation.Throughput;
using Compliance.Documents.Json;

namespace Compliance.Benchmarks;

/// <summary>
/// Against a running service (loopback only): <c>load</c> — concurrent clients each upload a distinct generated
/// document and wait for its findings (<c>GET …/findings?wait=10</c>, held by the service until the check is stored); latency is upload start → findings, errors are any non-2xx
/// answer or a submission not checked within the time limit. <c>batch</c> — uploads N documents (untimed), waits for
/// their upload checks, then times one batch run over all of them (<c>POST /api/runs</c>) to its end.
/// Both are bounded: a request count and a wall-clock limit.
/// </summary>
internal static class LoadTest
{
    public static async Task<int> LoadAsync(Uri url, string key, int clients, int requests, int seed, TimeSpan limit)
    {
        Loopback(url);
        var documents = Documents(requests, seed);
        using var http = Client(url, key, clients);
        var latencies = new List<double>(requests);
        var errors = 0;
        var next = -1;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var deadline = Stopwatch.StartNew();
        await Parallel.ForAsync(0, clients, new ParallelOptions { MaxDegreeOfParallelism = clients }, async (_, ct) =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests && deadline.Elapsed < limit)
            {
                var (ok, ms) = await UploadAndWaitAsync(http, documents[i], $"load-{seed}-{i}.json", limit - deadline.Elapsed);
                lock (latencies)
                {
                    errors += ok ? 0 : 1;
                    if (ok)
                    {
                        latencies.Add(ms);
                    }
                }
            }
        });
        var elapsed = deadline.Elapsed;
        clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpu;
        latencies.Sort();
        var done = latencies.Count + errors;
        Console.WriteLine(Line($"{clients} clients, {done} of {requests} uploads in {elapsed.TotalSeconds:F1} s ({done / elapsed.TotalSeconds:F1}/s), errors {errors}"));
        // The client shares the machine's cores with the service: its own CPU per upload says how much it takes from it.
        Console.WriteLine(Line($"client CPU {clientCpu.TotalMilliseconds / Math.Max(1, done):F1} ms per upload"));
        if (latencies.Count > 0)
        {
            Console.WriteLine(Line($"upload → findings: p50 {Percentile(latencies, 50):F0} ms, p95 {Percentile(latencies, 95):F0} ms, p99 {Percentile(latencies, 99):F0} ms, max {latencies[^1]:F0} ms"));
        }

        return errors == 0 && done == requests ? 0 : 1;
    }

    public static async Task<int> BatchAsync(Uri url, string key, int count, int seed, TimeSpan limit, bool skipUpload)
    {
        Loopback(url);
        using var http = Client(url, key, 16);
        var clock = Stopwatch.StartNew();
        if (!skipUpload)
        {
            // Each upload waits for its own check, so no upload check is left to share the nodes with the batch.
            var documents = Documents(count, seed);
            var failed = 0;
            await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            {
                if (!(await UploadAndWaitAsync(http, documents[i], $"batch-{seed}-{i}.json", limit)).Ok)
                {
                    Interlocked.Increment(ref failed);
                }
            });
            Console.WriteLine(Line($"uploaded and checked {count - failed} of {count} in {clock.Elapsed.TotalSeconds:F1} s"));
        }

        clock.Restart();
        using var start = await http.PostAsJsonAsync("api/runs", new { });
        start.EnsureSuccessStatusCode();
        var run = await start.Content.ReadFromJsonAsync<JsonElement>();
        var id = run.GetProperty("id").GetString();
        var total = run.GetProperty("total").GetInt32();
        while (clock.Elapsed < limit)
        {
            var progress = await http.GetFromJsonAsync<JsonElement>($"api/runs/{id}");
            if (progress.GetProperty("status").GetString() == "finished")
            {
                var p = progress.GetProperty("progress");
                Console.WriteLine(Line($"batch run of {total} submissions finished in {clock.Elapsed.TotalSeconds:F1} s: done {p.GetProperty("done")}, failed {p.GetProperty("failed")}"));
                return p.GetProperty("failed").GetInt32() == 0 ? 0 : 1;
            }

            await Task.Delay(250);
        }

        Console.WriteLine(Line($"batch run of {total} not finished within {limit.TotalSeconds:F0} s"));
        return 1;
    }

    private static async Task<(bool Ok, double Ms)> UploadAndWaitAsync(HttpClient http, byte[] document, string name, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var upload = await http.PostAsync("api/submissions", Form(document, name));
            if (upload.StatusCode != HttpStatusCode.Accepted)
            {
                return (false, 0);
            }

            var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            while (watch.Elapsed < limit)
            {
                // The service holds the request until the check is stored (or 10 s pass): polling every few milliseconds
                // would spend the shared cores on the client and on answering "pending".
                using var findings = await http.GetAsync($"api/submissions/{id}/findings?wait=10");
                if (findings.StatusCode == HttpStatusCode.OK)
                {
                    return (true, watch.Elapsed.TotalMilliseconds);
                }

                if (findings.StatusCode != HttpStatusCode.Accepted)
                {
                    return (false, 0);
                }
            }
        }
        catch (HttpRequestException)
        {
        }

        return (false, 0);
    }

    private static MultipartFormDataContent Form(byte[] document, string name)
    {
        var file = new ByteArrayContent(document);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>Distinct generated documents (a duplicate upload would not be checked again).</summary>
    private static byte[][] Documents(int count, int seed) =>
        [.. ThroughputCorpus.Build(count, seed).Select(DocumentJson.Write).Select(System.Text.Encoding.UTF8.GetBytes)];

    private static HttpClient Client(Uri url, string key, int connections)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    private static void Loopback(Uri url)
    {
        if (!url.IsLoopback)
        {
            throw new ArgumentException($"{url}: the load test only runs against a service on this machine (loopback)");
        }
    }

    private static double Percentile(List<double> sorted, int p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    private static string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
