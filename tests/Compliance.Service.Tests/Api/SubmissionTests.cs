using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;

namespace Compliance.Service.Tests.Api;

public sealed class SubmissionTests
{
    [Fact]
    public async Task Upload_JsonDocument_FindingsFollowTheContract()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();

        var id = await client.UploadIdAsync(TestDocuments.Json(error: 1m));
        var findings = await client.WaitForFindingsAsync(id);

        Assert.Equal(2024, findings.GetProperty("document").GetProperty("year").GetInt32());
        var totals = findings.GetProperty("ruleSets").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "totals");
        Assert.StartsWith("sha256:", totals.GetProperty("version").GetString(), StringComparison.Ordinal);
        var finding = findings.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "totals.summary.income-total");
        Assert.Equal("totals.summary.income-total", finding.GetProperty("ruleId").GetString());
        Assert.Equal(918.02m, finding.GetProperty("stated").GetDecimal());
        Assert.Equal(917.02m, finding.GetProperty("computed").GetDecimal());
        Assert.Equal("本年收入合计", finding.GetProperty("location").GetProperty("row").GetString());
    }

    [Fact]
    public async Task Upload_SameContentTwice_StoresOneSubmission()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();
        var content = TestDocuments.Json();

        var first = await client.UploadIdAsync(content);
        using var again = await client.UploadAsync(content);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(first, second.GetProperty("id").GetString());
        Assert.True(second.GetProperty("duplicate").GetBoolean());
        var list = await client.GetJsonAsync("/api/submissions");
        Assert.Equal(1, list.GetArrayLength());
    }

    [Fact]
    public async Task Upload_Seed_Text_IsReadAndChecked()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();
        var seed = Directory.GetFiles("/work/shared/seeds", "*.txt").Order(StringComparer.Ordinal).First();

        using var response = await client.UploadAsync(await File.ReadAllBytesAsync(seed), Path.GetFileName(seed), "text/plain");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var findings = await client.WaitForFindingsAsync(id);

        Assert.Equal(Path.GetFileName(seed), findings.GetProperty("document").GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("{ not json", "bad.json", "application/json")]
    [InlineData("", "empty.json", "application/json")]
    public async Task Upload_UnreadableFile_Returns400AndStoresNothing(string body, string fileName, string contentType)
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();

        using var response = await client.UploadAsync(System.Text.Encoding.UTF8.GetBytes(body), fileName, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(fileName, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetJsonAsync("/api/submissions")).GetArrayLength());
    }

    [Fact]
    public async Task Upload_BinaryFile_Returns400WithChineseMessage()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();
        var binary = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray();

        using var response = await client.UploadAsync(binary, "data.txt", "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("无法识别", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WrongExtensionOrTooLarge_IsRefused()
    {
        using var factory = new ServiceFactory(extra: new Dictionary<string, string?> { ["Upload:MaxBytes"] = "1000" });
        using var client = factory.Bureau();

        using var exe = await client.UploadAsync([1, 2, 3], "tool.exe", "application/octet-stream");
        using var large = await client.UploadAsync(new byte[2000], "big.json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exe.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
    }

    [Fact]
    public async Task List_FiltersByYearAndKind()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();
        await client.UploadIdAsync(TestDocuments.Json(year: 2023));
        await client.UploadIdAsync(TestDocuments.Json(year: 2024));
        await client.UploadIdAsync(TestDocuments.Json(year: 2024, kind: "Budget"));

        var list = await client.GetJsonAsync("/api/submissions?year=2024&kind=FinalAccounts");

        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal(2024, list[0].GetProperty("year").GetInt32());
    }
}
