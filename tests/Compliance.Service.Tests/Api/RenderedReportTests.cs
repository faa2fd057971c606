using System.Net;
using System.Text.Json;
using Compliance.Service.Reports;
using Compliance.Service.Tests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Compliance.Service.Tests.Api;

/// <summary>Reports rendered by the service: ?format=html|md|json on submission reports and weekly digests.</summary>
public sealed class RenderedReportTests
{
    private const string Hostile = "<script>alert(\"x\")</script>\"' & <img src=x onerror=alert(1)>";

    [Fact]
    public async Task SubmissionReport_Html_NamesTheDepartmentAndEscapesAHostileOne()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        var plain = await bureau.UploadIdAsync(TestDocuments.Json(variant: 1), new Dictionary<string, string> { ["department"] = "东城区教育局" });
        var hostile = await bureau.UploadIdAsync(TestDocuments.Json(variant: 2), new Dictionary<string, string> { ["department"] = Hostile });
        await bureau.WaitForFindingsAsync(plain);
        await bureau.WaitForFindingsAsync(hostile);

        var (plainType, plainHtml) = await GetTextAsync(bureau, $"/api/submissions/{plain}/report?format=html");
        var (_, hostileHtml) = await GetTextAsync(bureau, $"/api/submissions/{hostile}/report?format=html");

        Assert.StartsWith("text/html", plainType, StringComparison.Ordinal);
        Assert.Contains("东城区教育局", plainHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hostileHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hostileHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", hostileHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SubmissionReport_MarkdownAndJson_ComeFromTheLatestCheck()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        var id = await bureau.UploadIdAsync(TestDocuments.Json(), new Dictionary<string, string> { ["department"] = "A01" });
        await bureau.WaitForFindingsAsync(id);
        var check = (await bureau.GetJsonAsync($"/api/submissions/{id}")).GetProperty("latestCheck");

        var (mdType, markdown) = await GetTextAsync(bureau, $"/api/submissions/{id}/report?format=md");
        var json = await bureau.GetJsonAsync($"/api/submissions/{id}/report");

        Assert.StartsWith("text/markdown", mdType, StringComparison.Ordinal);
        Assert.Contains("A01", markdown, StringComparison.Ordinal);
        Assert.Equal("A01", json.GetProperty("document").GetProperty("department").GetString());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(check.GetProperty("finishedAt").GetString(), json.GetProperty("checkedAt").GetString());
    }

    [Fact]
    public async Task SubmissionReport_DepartmentKey_SeesItsOwnOnly_AndBadFormatIs400()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        using var a01 = factory.CreateClient(await AuthTests.CreateKeyAsync(bureau, "department:A01"));
        var own = await bureau.UploadIdAsync(TestDocuments.Json(variant: 1), new Dictionary<string, string> { ["department"] = "A01" });
        var other = await bureau.UploadIdAsync(TestDocuments.Json(variant: 2), new Dictionary<string, string> { ["department"] = "B02" });
        await bureau.WaitForFindingsAsync(own);
        await bureau.WaitForFindingsAsync(other);

        using var ownReport = await a01.GetAsync(new Uri($"/api/submissions/{own}/report?format=html", UriKind.Relative));
        using var otherReport = await a01.GetAsync(new Uri($"/api/submissions/{other}/report?format=html", UriKind.Relative));
        using var badFormat = await a01.GetAsync(new Uri($"/api/submissions/{own}/report?format=pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ownReport.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherReport.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    [Fact]
    public async Task WeeklyReport_HtmlAndMarkdown_RenderTheWeeksDepartments_EscapingAHostileOne()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        await bureau.WaitForFindingsAsync(await bureau.UploadIdAsync(TestDocuments.Json(variant: 1), new Dictionary<string, string> { ["department"] = "A01" }));
        await bureau.WaitForFindingsAsync(await bureau.UploadIdAsync(TestDocuments.Json(variant: 2), new Dictionary<string, string> { ["department"] = Hostile }));
        var week = ReportTests.CurrentWeek();

        var (htmlType, html) = await GetTextAsync(bureau, $"/api/reports/weekly/{week}?format=html");
        var (mdType, markdown) = await GetTextAsync(bureau, $"/api/reports/weekly/{week}?format=md");

        Assert.StartsWith("text/html", htmlType, StringComparison.Ordinal);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("A01", html, StringComparison.Ordinal);
        Assert.Contains(week, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("text/markdown", mdType, StringComparison.Ordinal);
        Assert.Contains("A01", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/reports/weekly/latest?format=html")]
    [InlineData("/api/reports/weekly/2025-W03?format=md")]
    public async Task WeeklyReport_DepartmentKey_Returns403(string path)
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        using var department = factory.CreateClient(await AuthTests.CreateKeyAsync(bureau, "department:A01"));

        using var response = await department.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WeeklyJob_StoresHtmlAndMarkdown_ServedForThePastWeek()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        var week = factory.Services.GetRequiredService<WeeklyReports>().LastCompleted.ToString();
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(WeeklyReportJob.Key);
        var stored = await WaitForStoredAsync(factory, week);

        var (_, html) = await GetTextAsync(bureau, $"/api/reports/weekly/{week}?format=html");
        var (_, markdown) = await GetTextAsync(bureau, "/api/reports/weekly/latest?format=md");
        var json = await bureau.GetJsonAsync($"/api/reports/weekly/{week}?format=json");
        Assert.Equal(stored.Html, html);
        Assert.Equal(stored.Markdown, markdown);
        Assert.Equal(week, json.GetProperty("week").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("trend").ValueKind);
    }

    private static async Task<(string Html, string Markdown)> WaitForStoredAsync(ServiceFactory factory, string week)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.Folder, "compliance.db")}");
        while (true)
        {
            var row = await connection.QuerySingleOrDefaultAsync<(string?, string?)?>(
                "SELECT html, markdown FROM weekly_reports WHERE week = @week", new { week });
            if (row is ({ } html, { } markdown))
            {
                return (html, markdown);
            }

            Assert.True(DateTime.UtcNow < deadline, $"weekly report {week} not stored");
            await Task.Delay(100);
        }
    }

    private static async Task<(string ContentType, string Body)> GetTextAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return (response.Content.Headers.ContentType?.ToString() ?? "", body);
    }
}
