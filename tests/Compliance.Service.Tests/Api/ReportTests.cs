using System.Globalization;
using System.Net;
using Compliance.Service.Tests.Infrastructure;

namespace Compliance.Service.Tests.Api;

public sealed class ReportTests
{
    [Fact]
    public async Task WeeklyReport_CurrentWeek_CountsSubmissionsDepartmentsAndRules()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        using var supervisor = factory.CreateClient(await AuthTests.CreateKeyAsync(bureau, "supervisor"));
        var a = await bureau.UploadIdAsync(TestDocuments.Json(variant: 1), new Dictionary<string, string> { ["department"] = "A01" });
        var b = await bureau.UploadIdAsync(TestDocuments.Json(error: 0m, variant: 2), new Dictionary<string, string> { ["department"] = "B02" });
        await bureau.WaitForFindingsAsync(a);
        await bureau.WaitForFindingsAsync(b);
        var week = CurrentWeek();

        var digest = await supervisor.GetJsonAsync($"/api/reports/weekly/{week}");

        Assert.Equal(week, digest.GetProperty("week").GetString());
        Assert.Equal(2, digest.GetProperty("received").GetInt32());
        Assert.Equal(2, digest.GetProperty("checked").GetInt32());
        var findings = digest.GetProperty("findings");
        Assert.True(findings.GetProperty("openErrors").GetInt32() >= 1);
        Assert.Equal(findings.GetProperty("open").GetInt32(), findings.GetProperty("new").GetInt32());
        Assert.Equal(0, findings.GetProperty("fixed").GetInt32());
        Assert.Equal("A01", digest.GetProperty("departments")[0].GetProperty("department").GetString());
        Assert.Contains(digest.GetProperty("topRules").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "totals.summary.income-total");
    }

    [Fact]
    public async Task WeeklyReport_CorrectedRevision_ClosesTheFinding()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();
        var fields = new Dictionary<string, string> { ["department"] = "A01" };
        var week = CurrentWeek();
        await client.WaitForFindingsAsync(await client.UploadIdAsync(TestDocuments.Json(error: 1m), fields));
        var before = await client.GetJsonAsync($"/api/reports/weekly/{week}");

        await client.WaitForFindingsAsync(await client.UploadIdAsync(TestDocuments.Json(error: 0m), fields));
        var after = await client.GetJsonAsync($"/api/reports/weekly/{week}");

        // The latest revision of (department, year, kind) is what is open: the corrected total is no longer an error.
        Assert.Equal(
            before.GetProperty("findings").GetProperty("openErrors").GetInt32() - 1,
            after.GetProperty("findings").GetProperty("openErrors").GetInt32());
        // One submission (department + year + kind) received, checked twice: the revision replaces the first check.
        Assert.Equal(1, after.GetProperty("received").GetInt32());
        Assert.Equal(2, after.GetProperty("checked").GetInt32());
    }

    [Theory]
    [InlineData("2025-W54")]
    [InlineData("2025W03")]
    public async Task WeeklyReport_BadWeek_Returns400(string week)
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();

        using var response = await client.GetAsync(new Uri($"/api/reports/weekly/{week}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WeeklyReport_DepartmentKey_Returns403()
    {
        using var factory = new ServiceFactory();
        using var bureau = factory.Bureau();
        using var department = factory.CreateClient(await AuthTests.CreateKeyAsync(bureau, "department:A01"));

        using var response = await department.GetAsync(new Uri("/api/reports/weekly/latest", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    internal static string CurrentWeek()
    {
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(now):D4}-W{ISOWeek.GetWeekOfYear(now):D2}");
    }
}
