using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Service.Tests.Api;

/// <summary>
/// Every endpoint the application maps, called with no key, a wrong key and each role. The endpoints are
/// enumerated from the app's <see cref="EndpointDataSource"/>, so a new endpoint without a row here fails.
/// </summary>
public sealed class EndpointAccessTests : IClassFixture<EndpointAccessTests.Service>
{
    private readonly Service service;

    public EndpointAccessTests(Service service) => this.service = service;

    /// <summary>Who may call an endpoint.</summary>
    public enum Access
    {
        Anyone,
        AnyKey,
        ReadAll,
        Upload,
        Bureau,
    }

    /// <summary>The whole API surface, by "METHOD pattern" as routing reports it (pages: see <see cref="Pages_EveryPageNeedsASignedInViewerExceptSignInAndDenied"/>).</summary>
    private static readonly Dictionary<string, Access> Matrix = new(StringComparer.Ordinal)
    {
        ["GET /healthz"] = Access.Anyone,
        ["GET /assets/{name}"] = Access.Anyone, // the pages' CSS and script, needed by the sign-in page
        ["POST /api/keys"] = Access.Bureau,
        ["GET /api/keys"] = Access.Bureau,
        ["DELETE /api/keys/{id}"] = Access.Bureau,
        ["POST /api/submissions"] = Access.Upload,
        ["GET /api/submissions"] = Access.AnyKey,
        ["GET /api/submissions/{id}"] = Access.AnyKey,
        ["GET /api/submissions/{id}/findings"] = Access.AnyKey,
        ["GET /api/submissions/{id}/report"] = Access.AnyKey,
        ["GET /api/submissions/{id}/file"] = Access.AnyKey,
        ["POST /api/runs"] = Access.Bureau,
        ["GET /api/runs"] = Access.ReadAll,
        ["GET /api/runs/{id}"] = Access.ReadAll,
        ["GET /api/schedules"] = Access.ReadAll,
        ["GET /api/schedules/{name}"] = Access.ReadAll,
        ["PUT /api/schedules/{name}"] = Access.Bureau,
        ["DELETE /api/schedules/{name}"] = Access.Bureau,
        ["GET /api/reports/weekly/latest"] = Access.ReadAll,
        ["GET /api/reports/weekly/{week}"] = Access.ReadAll,
        ["GET /api/jobs"] = Access.ReadAll,
        ["GET /api/submissions/{id}/links"] = Access.AnyKey,
        ["PUT /api/links"] = Access.Bureau,
    };

    public static TheoryData<string> Callers => ["none", "wrong-key", "department", "supervisor", "bureau"];

    [Fact]
    public void Matrix_CoversEveryMappedEndpoint()
    {
        var mapped = Endpoints(service.Factory).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(mapped.Except(Matrix.Keys));
        Assert.Empty(Matrix.Keys.Except(mapped));
    }

    // Pages answer to the cookie session, not the key header; their roles are driven in PageSecurityTests. Here: no
    // page is reachable without signing in, so a new page cannot be added open by mistake.
    [Fact]
    public void Pages_EveryPageNeedsASignedInViewerExceptSignInAndDenied()
    {
        var open = service.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["/Denied", "/SignIn"], open);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task EveryEndpoint_AnswersEachCallerAsItsRoleAllows(string caller)
    {
        using var client = await service.ClientAsync(caller);
        var wrong = new List<string>();
        foreach (var endpoint in Endpoints(service.Factory))
        {
            using var request = await service.RequestAsync(endpoint);
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var expected = Expected(Matrix[endpoint], caller);
            var ok = expected switch
            {
                HttpStatusCode.OK => status is not (401 or 403) && status < 500,
                _ => response.StatusCode == expected,
            };
            if (!ok)
            {
                wrong.Add($"{endpoint} as {caller}: {status}, expected {(expected == HttpStatusCode.OK ? "allowed" : ((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Department_CannotReadListRecheckOrReportAnotherDepartmentsSubmission()
    {
        using var other = await service.ClientAsync("department");
        var id = service.SubmissionOfA01;

        foreach (var path in new[] { $"/api/submissions/{id}", $"/api/submissions/{id}/findings", $"/api/submissions/{id}/report?format=html", $"/api/submissions/{id}/file", $"/api/submissions/{id}/links" })
        {
            using var response = await other.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }

        var list = await other.GetJsonAsync("/api/submissions?department=A01");
        Assert.DoesNotContain(list.EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        using var recheck = await other.PostAsJsonAsync("/api/runs", new { department = "A01" });
        Assert.Equal(HttpStatusCode.Forbidden, recheck.StatusCode);
    }

    private static HttpStatusCode Expected(Access access, string caller) => (access, caller) switch
    {
        (Access.Anyone, _) => HttpStatusCode.OK,
        (_, "none" or "wrong-key") => HttpStatusCode.Unauthorized,
        (Access.AnyKey, _) => HttpStatusCode.OK,
        (_, "bureau") => HttpStatusCode.OK,
        (Access.ReadAll, "supervisor") => HttpStatusCode.OK,
        (Access.Upload, "department") => HttpStatusCode.OK,
        _ => HttpStatusCode.Forbidden,
    };

    private static IEnumerable<string> Endpoints(ServiceFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {"/" + (e.RoutePattern.RawText ?? "").Trim('/')}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>One service for the class, with a key per role and a submission of department A01 to aim at.</summary>
    public sealed class Service : IAsyncLifetime, IDisposable
    {
        private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);

        public ServiceFactory Factory { get; } = new();

        public string SubmissionOfA01 { get; private set; } = "";

        public async Task InitializeAsync()
        {
            using var bureau = Factory.Bureau();
            keys["bureau"] = ServiceFactory.BootstrapKey;
            keys["supervisor"] = await AuthTests.CreateKeyAsync(bureau, "supervisor");
            keys["department"] = await AuthTests.CreateKeyAsync(bureau, "department:B02");
            keys["wrong-key"] = "ck_not-a-key";
            using var a01 = Factory.CreateClient(await AuthTests.CreateKeyAsync(bureau, "department:A01"));
            SubmissionOfA01 = await a01.UploadIdAsync(TestDocuments.Json(variant: 7));
            await a01.WaitForFindingsAsync(SubmissionOfA01);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Factory.Dispose();

        public Task<HttpClient> ClientAsync(string caller) =>
            Task.FromResult(Factory.CreateClient(caller == "none" ? null : keys[caller]));

        /// <summary>A well-formed request for an endpoint, so an allowed caller gets past validation to a real answer.</summary>
        public Task<HttpRequestMessage> RequestAsync(string endpoint)
        {
            var (method, pattern) = (endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)], endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            var path = pattern
                .Replace("/api/submissions/{id}", $"/api/submissions/{SubmissionOfA01}", StringComparison.Ordinal)
                .Replace("{id}", "00000000000000000000000000000000", StringComparison.Ordinal)
                .Replace("{name}", "access-test", StringComparison.Ordinal)
                .Replace("{week}", "2025-W03", StringComparison.Ordinal);
            var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            request.Content = endpoint switch
            {
                "POST /api/submissions" => Upload(),
                "POST /api/keys" => JsonContent.Create(new { role = "supervisor", name = "access-test" }),
                "POST /api/runs" => JsonContent.Create(new { department = "none-such" }),
                "PUT /api/schedules/{name}" => JsonContent.Create(new { cron = "0 0 3 * * ?", job = "run" }),
                "PUT /api/links" => JsonContent.Create(new { scope = "pair", checkedId = "none-such", otherId = "none-such" }),
                _ => null,
            };
            return Task.FromResult(request);
        }

        private static MultipartFormDataContent Upload()
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(TestDocuments.Json(variant: Random.Shared.Next(1000, 100000)));
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            form.Add(file, "file", "doc.json");
            return form;
        }
    }
}
