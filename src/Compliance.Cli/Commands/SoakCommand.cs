using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Compliance.Cli.Generation;
using Compliance.Cli.Generation.Text;
using Compliance.Cli.Soak;
using Compliance.Documents.Json;
using Compliance.Documents.Model;
using static System.FormattableString;

namespace Compliance.Cli.Commands;

/// <summary>
/// <c>soak --url URL [--key KEY] [--minutes N] [--concurrency C] [--pid PID] [--seed S]</c>: a bounded loopback load of
/// mixed uploads (generated JSON and disclosure text, and refused bad files) and reads against a running service,
/// sampling the service's memory, handles and threads. Exit 0 with no 5xx and no failed connection, 1 otherwise.
/// </summary>
internal static class SoakCommand
{
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Valued = ["url", "key", "minutes", "concurrency", "pid", "seed"];
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, Flags, Valued);
        var url = options.Get("url") ?? throw new UsageException("soak 需要 --url，例如 --url http://127.0.0.1:5080");
        var key = options.Get("key") ?? Environment.GetEnvironmentVariable("COMPLIANCE_KEY")
            ?? throw new UsageException("soak 需要 --key 或环境变量 COMPLIANCE_KEY（局级密钥）。");
        var minutes = options.GetInt("minutes", 10);
        var concurrency = options.GetInt("concurrency", 4);
        if (minutes is < 1 or > 24 * 60 || concurrency is < 1 or > 64)
        {
            throw new UsageException("--minutes 须在 1 到 1440 之间，--concurrency 须在 1 到 64 之间。");
        }

        int? pid = options.Get("pid") is { } p ? options.GetInt("pid", 0) : null;
        var gauge = new ProcessGauge(pid);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var tally = new SoakTally();
        var samples = new List<ProcessSample>();
        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromMinutes(minutes);
        var ids = new List<string>();
        var generator = new DocumentGenerator(options.GetInt("seed", 1));
        var next = 0;

        await stdout.WriteLineAsync(Invariant($"soak {url}: {minutes} min, {concurrency} workers, pid {pid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var random = new Random(w + 1);
            while (clock.Elapsed < duration)
            {
                var roll = random.Next(100);
                if (roll < 25)
                {
                    var index = Interlocked.Increment(ref next);
                    var (name, content) = Upload(generator, index);
                    var id = await Call(http, tally, "upload", HttpMethod.Post, "/api/submissions", Form(name, content), 202);
                    if (id is not null)
                    {
                        lock (ids)
                        {
                            ids.Add(id);
                        }
                    }
                }
                else if (roll < 30)
                {
                    await Call(http, tally, "upload-bad", HttpMethod.Post, "/api/submissions", Form("bad.json", "{ \"info\": "u8.ToArray()), 400);
                }
                else
                {
                    string? id;
                    lock (ids)
                    {
                        id = ids.Count == 0 ? null : ids[random.Next(ids.Count)];
                    }

                    var (operation, path) = (roll, id) switch
                    {
                        (_, null) or (< 40, _) => ("list", "/api/submissions?limit=50"),
                        (< 55, _) => ("get", $"/api/submissions/{id}"),
                        (< 75, _) => ("findings", $"/api/submissions/{id}/findings"),
                        (< 85, _) => ("report-html", $"/api/submissions/{id}/report?format=html"),
                        (< 90, _) => ("runs", "/api/runs?limit=20"),
                        (< 95, _) => ("jobs", "/api/jobs?limit=20"),
                        _ => ("healthz", "/healthz"),
                    };
                    await Call(http, tally, operation, HttpMethod.Get, path, null, 200, 202);
                }
            }
        })).ToList();

        var lastSample = TimeSpan.Zero;
        while (!workers.TrueForAll(t => t.IsCompleted))
        {
            await Task.WhenAny(Task.WhenAll(workers), Task.Delay(TimeSpan.FromSeconds(1)));
            if (clock.Elapsed - lastSample >= SampleEvery || workers.TrueForAll(t => t.IsCompleted))
            {
                lastSample = clock.Elapsed;
                if (gauge.Read(clock.Elapsed) is { } sample)
                {
                    samples.Add(sample);
                }

                var s = samples.LastOrDefault();
                await stdout.WriteLineAsync(Invariant(
                    $"{clock.Elapsed:mm\\:ss}  requests {tally.Requests,7}  5xx {tally.ServerErrors}  failed {tally.TransportErrors}  rss {s?.RssMb ?? 0,7:F1} MB  handles {s?.Handles ?? 0,4}  threads {s?.Threads ?? 0,3}"));
            }
        }

        await Task.WhenAll(workers);
        await Report(stdout, tally, samples, clock.Elapsed);
        return tally.ServerErrors == 0 && tally.TransportErrors == 0 ? 0 : 1;
    }

    private static (string Name, byte[] Content) Upload(DocumentGenerator generator, int index)
    {
        var kind = index % 2 == 0 ? DocumentKind.Budget : DocumentKind.FinalAccounts;
        var document = generator.Generate(index, kind);
        return index % 3 == 0
            ? ($"soak-{index}.txt", Encoding.UTF8.GetBytes(DisclosureTextRenderer.Render(document, index % 2 == 0 ? TextLayout.Tab : TextLayout.Space)))
            : ($"soak-{index}.json", Encoding.UTF8.GetBytes(DocumentJson.Write(document)));
    }

    private static MultipartFormDataContent Form(string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain" : "application/json");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>Sends one request and counts its answer; returns the <c>id</c> of a JSON answer when there is one.</summary>
    private static async Task<string?> Call(HttpClient http, SoakTally tally, string operation, HttpMethod method, string path, HttpContent? content, params int[] expected)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            tally.Add(operation, status, Stopwatch.GetElapsedTime(started), expected.Contains(status) ? null : body[..Math.Min(body.Length, 300)]);
            return status == 202 && method == HttpMethod.Post && JsonDocument.Parse(body).RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            tally.Add(operation, 0, Stopwatch.GetElapsedTime(started), ex.Message);
            return null;
        }
    }

    private static async Task Report(TextWriter stdout, SoakTally tally, List<ProcessSample> samples, TimeSpan elapsed)
    {
        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync(Invariant($"{tally.Requests} requests in {elapsed.TotalMinutes:F1} min ({tally.Requests / elapsed.TotalSeconds:F1}/s): {tally.ServerErrors} 5xx, {tally.TransportErrors} failed connections"));
        foreach (var line in tally.Lines())
        {
            await stdout.WriteLineAsync(line);
        }

        if (samples.Count >= 2)
        {
            // The first minute is warm-up (JIT, pools, caches); flatness is judged after it.
            var settled = samples.Where(s => s.At >= TimeSpan.FromMinutes(1)).DefaultIfEmpty(samples[^1]).ToList();
            await stdout.WriteLineAsync(Invariant(
                $"rss MB: start {samples[0].RssMb}, after warm-up {settled[0].RssMb}, max {samples.Max(s => s.RssMb)}, end {samples[^1].RssMb}"));
            await stdout.WriteLineAsync(Invariant(
                $"handles: start {samples[0].Handles}, after warm-up {settled[0].Handles}, max {samples.Max(s => s.Handles)}, end {samples[^1].Handles}; threads: max {samples.Max(s => s.Threads)}, end {samples[^1].Threads}"));
        }

        foreach (var failure in tally.Failures)
        {
            await stdout.WriteLineAsync("unexpected: " + failure);
        }
    }
}
