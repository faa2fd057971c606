using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;
using Compliance.Tests.Shared;

namespace Compliance.Service.Tests.Api;

/// <summary>
/// Every case of the generated bad-input corpus uploaded to the API: refused with problem+json and nothing
/// stored, or accepted and checked with findings — never a 5xx, a hang or a half-stored submission.
/// </summary>
public sealed class BadInputUploadTests(BadInputUploadTests.Service service) : IClassFixture<BadInputUploadTests.Service>
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(90);

    public static TheoryData<string> Cases => BadInputCorpus.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Upload_BadInput_IsRefusedClearlyOrCheckedWithNothingHalfStored(string name)
    {
        var input = BadInputCorpus.Get(name);
        using var client = service.Factory.Bureau();
        var before = await StoredAsync(client);

        using var response = await client.UploadAsync(input.Content, input.FileName, input.ContentType).WaitAsync(PerInput);
        var status = (int)response.StatusCode;

        if (input.Outcome == BadInputOutcome.Partial)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{name}: {status} {await response.Content.ReadAsStringAsync()}");
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var findings = await client.WaitForFindingsAsync(id, PerInput);
            Assert.Equal(input.FileName, findings.GetProperty("document").GetProperty("file").GetString());
            using var file = await client.GetAsync(new Uri($"/api/submissions/{id}/file", UriKind.Relative));
            Assert.Equal(input.Content, await file.Content.ReadAsByteArrayAsync());
            return;
        }

        // A refused type (.xlsx today) may become a read type: then its bomb must still be refused, as 400 or 413.
        var allowed = input.Outcome == BadInputOutcome.Rejected ? new[] { 400 } : [400, 413, 415];
        Assert.True(allowed.Contains(status), $"{name}: {status} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(input.FileName, detail, StringComparison.Ordinal);
        if (input.Outcome == BadInputOutcome.Rejected)
        {
            Assert.Contains(input.MessagePart, detail, StringComparison.Ordinal);
        }

        Assert.Equal(before, await StoredAsync(client));
    }

    private static async Task<int> StoredAsync(HttpClient client) => (await client.GetJsonAsync("/api/submissions?limit=5000")).GetArrayLength();

    /// <summary>One service for the corpus (with the production upload limit), disposed after the class.</summary>
    public sealed class Service : IDisposable
    {
        public ServiceFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }
}
