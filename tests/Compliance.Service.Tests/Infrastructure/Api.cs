using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Compliance.Service.Tests.Infrastructure;

/// <summary>Calls the tests make over and over: upload a file, wait for its findings, wait for a run.</summary>
internal static class Api
{
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, byte[] content, string fileName = "doc.json", string contentType = "application/json",
        IReadOnlyDictionary<string, string>? fields = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), key);
        }

        return await client.PostAsync(new Uri("/api/submissions", UriKind.Relative), form);
    }

    public static async Task<string> UploadIdAsync(this HttpClient client, byte[] content, IReadOnlyDictionary<string, string>? fields = null)
    {
        using var response = await client.UploadAsync(content, fields: fields);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the findings until the check-on-upload has run (200), bounded by a timeout.</summary>
    public static async Task<JsonElement> WaitForFindingsAsync(this HttpClient client, string id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            using var response = await client.GetAsync(new Uri($"/api/submissions/{id}/findings", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            }

            Assert.True(DateTime.UtcNow < deadline, $"findings of {id} not ready: {(int)response.StatusCode}");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Polls a job's history until <paramref name="done"/> holds. The history row is written by a listener after the job
    /// returns, so it can lag the findings the job stored.
    /// </summary>
    public static async Task<List<JsonElement>> WaitForJobHistoryAsync(
        this HttpClient client, string job, Func<List<JsonElement>, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            List<JsonElement> history = [.. (await client.GetJsonAsync($"/api/jobs?job={job}")).EnumerateArray()];
            if (done(history) || DateTime.UtcNow >= deadline)
            {
                return history;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Polls a run until it has finished, bounded by a timeout.</summary>
    public static async Task<JsonElement> WaitForRunAsync(this HttpClient client, string runId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var run = await client.GetJsonAsync($"/api/runs/{runId}");
            if (run.GetProperty("status").GetString() == "finished")
            {
                return run;
            }

            Assert.True(DateTime.UtcNow < deadline, $"run {runId} not finished: {run}");
            await Task.Delay(200);
        }
    }
}
