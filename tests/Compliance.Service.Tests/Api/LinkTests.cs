using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;

namespace Compliance.Service.Tests.Api;

/// <summary>
/// Submissions of one department are linked across kind and year and the links are checked: the shared seeds 000
/// (2020 budget) and 003 (2020 final accounts) of 武汉市东西湖区大数据中心 become a pair once both are uploaded.
/// </summary>
public class LinkTests
{
    private static readonly string Seeds = Path.Combine(RepoPaths.Root, "..", "shared", "seeds");

    private static async Task<string> UploadSeedAsync(HttpClient client, string name)
    {
        using var response = await client.UploadAsync(await File.ReadAllBytesAsync(Path.Combine(Seeds, name)), name, "text/plain");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await client.WaitForFindingsAsync(id);
        return id;
    }

    /// <summary>Polls until the submission has a link with stored findings.</summary>
    private static async Task<JsonElement> WaitForCheckedLinkAsync(HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var links = await client.GetJsonAsync($"/api/submissions/{id}/links");
            if (links.EnumerateArray().FirstOrDefault(l => l.GetProperty("findings").ValueKind == JsonValueKind.Object) is { ValueKind: JsonValueKind.Object } link)
            {
                return link;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no checked link for {id}: {links}");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Upload_SeedBudgetThenFinal_LinksAndChecksThePair()
    {
        // The shipped catalogue, which holds the pair and series rule sets (the tests' own folder holds totals only).
        using var factory = new ServiceFactory(extra: new Dictionary<string, string?> { ["Rules:Directory"] = Path.Combine(RepoPaths.Root, "rules") });
        using var client = factory.Bureau();

        var budget = await UploadSeedAsync(client, "000_a26962c5fc85fb3c.txt");
        var final = await UploadSeedAsync(client, "003_85eec20c42472130.txt");
        var link = await WaitForCheckedLinkAsync(client, final);

        Assert.Equal("pair", link.GetProperty("scope").GetString());
        Assert.Equal(final, link.GetProperty("checkedId").GetString());
        Assert.Equal(budget, link.GetProperty("otherId").GetString());
        Assert.Equal("auto", link.GetProperty("origin").GetString());
        var findings = link.GetProperty("findings");
        Assert.Equal("000_a26962c5fc85fb3c.txt", findings.GetProperty("linked")[0].GetProperty("file").GetString());
        var rules = findings.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Equal(["pair.project.adjusted-budget", "pair.project.adjusted-budget"], rules);
        // The budget sees the same link.
        Assert.Single((await client.GetJsonAsync($"/api/submissions/{budget}/links")).EnumerateArray());
    }

    [Fact]
    public async Task Put_BureauCorrectsLink_IsManualAndChecked()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();
        var budget = await UploadSeedAsync(client, "000_a26962c5fc85fb3c.txt");
        var final = await UploadSeedAsync(client, "003_85eec20c42472130.txt");

        using var response = await client.PutAsJsonAsync("/api/links", new { scope = "pair", checkedId = final, otherId = budget });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = await WaitForCheckedLinkAsync(client, final);
        Assert.Equal("manual", link.GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Put_SeriesOfTheWrongYears_Returns400()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();
        var budget = await UploadSeedAsync(client, "000_a26962c5fc85fb3c.txt");
        var final = await UploadSeedAsync(client, "003_85eec20c42472130.txt");

        using var response = await client.PutAsJsonAsync("/api/links", new { scope = "series", checkedId = final, otherId = budget });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Put_DepartmentKey_IsForbidden()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        using var department = factory.CreateClient(await AuthTests.CreateKeyAsync(bureau, "department:A01"));

        using var response = await department.PutAsJsonAsync("/api/links", new { scope = "pair", checkedId = "a", otherId = "b" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
