using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;

namespace Compliance.Service.Tests.Pages;

/// <summary>One in-process service for the class (starting one per test costs more than the tests), with a small upload limit.</summary>
public sealed class SmallUploadService : IDisposable
{
    public ServiceFactory Factory { get; } = new(extra: new Dictionary<string, string?> { ["Upload:MaxBytes"] = "4096" });

    public void Dispose() => Factory.Dispose();
}

/// <summary>
/// The pages' rules in process (no browser): sessions, antiforgery, escaping, department scope and bad uploads. The
/// tests share a service but each uses its own keys and data, so none depends on another.
/// </summary>
public sealed class PageSecurityTests(SmallUploadService service) : IClassFixture<SmallUploadService>
{
    private readonly ServiceFactory factory = service.Factory;

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRefused()
    {
        using var session = new PageSession(factory);
        using var response = await session.PostFormAsync("/signin", new Dictionary<string, string> { ["key"] = ServiceFactory.BootstrapKey });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("compliance.session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_SetsHttpOnlyStrictCookie_ThatTheApiDoesNotAccept()
    {
        using var session = new PageSession(factory);
        var token = await session.TokenAsync("/signin");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = ServiceFactory.BootstrapKey, ["__RequestVerificationToken"] = token });
        using var response = await session.Client.PostAsync(new Uri("/signin", UriKind.Relative), content);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("compliance.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/submissions")).Status);
        using var api = await session.Client.GetAsync(new Uri("/api/submissions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Page_WithoutSession_RedirectsToSignIn()
    {
        using var session = new PageSession(factory);
        var (status, _, location) = await session.GetAsync("/schedules");
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.StartsWith("/signin", location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_OfRevokedKey_Ends()
    {
        using var bureau = factory.Bureau();
        using var created = await bureau.PostAsJsonAsync(new Uri("/api/keys", UriKind.Relative), new { role = "department:110101", name = "东城" });
        var key = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var session = new PageSession(factory);
        await session.SignInAsync(key.GetProperty("key").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/submissions")).Status);

        using var revoked = await bureau.DeleteAsync(new Uri($"/api/keys/{key.GetProperty("id").GetString()}", UriKind.Relative));
        var (status, _, location) = await session.GetAsync("/submissions");
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.StartsWith("/signin", location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_UploadPageAndBatchRun_AreDenied()
    {
        using var session = await SignedInAsync("supervisor");
        var (status, _, location) = await session.GetAsync("/upload");
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.StartsWith("/denied", location!.PathAndQuery, StringComparison.Ordinal);
        using var run = await session.PostFormAsync("/runs", new Dictionary<string, string>(), tokenFrom: "/runs");
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        Assert.StartsWith("/denied", run.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Department_OtherDepartmentsSubmission_IsNotFoundAndCannotBeRechecked()
    {
        using var bureau = factory.Bureau();
        var foreign = await bureau.UploadIdAsync(TestDocuments.Json(), new Dictionary<string, string> { ["department"] = "110102" });
        using var session = await SignedInAsync("department:110101");

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/submissions/{foreign}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/submissions/{foreign}?handler=Report")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/submissions/{foreign}?handler=Status")).Status);
        var list = await session.GetAsync("/submissions?department=110102");
        Assert.DoesNotContain(foreign, list.Body, StringComparison.Ordinal);
        using var recheck = await session.PostFormAsync($"/submissions/{foreign}?handler=Recheck", new Dictionary<string, string>(), tokenFrom: "/upload");
        Assert.Equal(HttpStatusCode.NotFound, recheck.StatusCode);
    }

    [Fact]
    public async Task Recheck_OwnSubmission_StoresANewCheck()
    {
        using var session = await SignedInAsync("department:110301");
        using var uploaded = await session.UploadAsync(TestDocuments.Json(variant: 31), "own.json", "application/json");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var page = uploaded.Headers.Location!.OriginalString;
        var id = page["/submissions/".Length..];
        using var bureau = factory.Bureau();
        await bureau.WaitForFindingsAsync(id);
        var first = (await bureau.GetJsonAsync($"/api/submissions/{id}")).GetProperty("latestCheck").GetProperty("id").GetString();

        using var recheck = await session.PostFormAsync($"{page}?handler=Recheck", new Dictionary<string, string>(), tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, recheck.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string? latest;
        do
        {
            await Task.Delay(100);
            latest = (await bureau.GetJsonAsync($"/api/submissions/{id}")).GetProperty("latestCheck").GetProperty("id").GetString();
        }
        while (latest == first && DateTime.UtcNow < deadline);
        Assert.NotEqual(first, latest);
        var runs = await bureau.GetJsonAsync("/api/runs");
        Assert.Contains(runs.EnumerateArray(), r => r.GetProperty("kind").GetString() == "recheck");
    }

    [Fact]
    public async Task Pages_DocumentAndFileNames_AreEscaped()
    {
        const string Hostile = "<img src=x onerror=alert(1)>";
        using var bureau = factory.Bureau();
        using var uploaded = await bureau.UploadAsync(TestDocuments.Json(), fileName: Hostile + ".json", fields: new Dictionary<string, string> { ["department"] = Hostile, ["district"] = "<script>x</script>" });
        Assert.Equal(HttpStatusCode.Accepted, uploaded.StatusCode);
        using var session = await SignedInAsync("bureau");
        var list = await session.GetAsync("/submissions");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.DoesNotContain("<img", list.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>x", list.Body, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", list.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("big.json", 5000, HttpStatusCode.RequestEntityTooLarge, "文件过大")]
    [InlineData("table.docx", 10, HttpStatusCode.UnsupportedMediaType, "文件类型不支持")]
    [InlineData("empty.txt", 0, HttpStatusCode.BadRequest, "文件为空")]
    [InlineData("binary.txt", 600, HttpStatusCode.BadRequest, "文件无法读取")]
    public async Task Upload_BadFile_ShowsWhyInThePageAndStoresNothing(string fileName, int size, HttpStatusCode status, string title)
    {
        var content = new byte[size];
        new Random(size).NextBytes(content);
        using var session = await SignedInAsync("department:" + fileName);
        using var response = await session.UploadAsync(content, fileName);
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"upload-error\"", body, StringComparison.Ordinal);
        Assert.Contains(title, body, StringComparison.Ordinal);
        using var bureau = factory.Bureau();
        Assert.Equal(0, (await bureau.GetJsonAsync($"/api/submissions?department={Uri.EscapeDataString(fileName)}")).GetArrayLength());
    }

    [Fact]
    public async Task Upload_FromScript_AnswersJsonWithTheProblem()
    {
        using var session = await SignedInAsync("department:110101");
        var token = await session.TokenAsync("/upload");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("{ \"info\": ")), "file", "broken.json");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/upload") { Content = form };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await session.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("文件无法读取", problem.GetProperty("title").GetString());
        Assert.Contains("broken.json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<PageSession> SignedInAsync(string role)
    {
        var key = ServiceFactory.BootstrapKey;
        if (role != "bureau")
        {
            using var bureau = factory.Bureau();
            using var created = await bureau.PostAsJsonAsync(new Uri("/api/keys", UriKind.Relative), new { role, name = role });
            key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        }

        var session = new PageSession(factory);
        await session.SignInAsync(key);
        return session;
    }
}
