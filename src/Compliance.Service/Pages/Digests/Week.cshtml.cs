using System.Text.Json;
using Compliance.Reports.Digest;
using Compliance.Service.Pages.Infrastructure;
using Compliance.Service.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages.Digests;

/// <summary>A department's line of the digest, linking to its submissions.</summary>
internal sealed record DepartmentLine(string Department, int OpenErrors, int OpenWarnings, int New, int Fixed);

/// <summary>One week's report: the departments of the digest record with links, and the rendered report in a frame.</summary>
internal sealed class WeekModel(WeeklyReports reports) : PageModel
{
    public IsoWeek Week { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<DepartmentLine> Departments { get; private set; } = [];

    public JsonElement Findings { get; private set; }

    public async Task<IActionResult> OnGetAsync(string week, CancellationToken cancellationToken)
    {
        if (!TryParse(week, out var parsed))
        {
            return Page();
        }

        Week = parsed;
        var report = await reports.GetAsync(parsed, cancellationToken);
        using var digest = JsonDocument.Parse(report.Json);
        Findings = digest.RootElement.GetProperty("findings").Clone();
        Departments = digest.RootElement.GetProperty("departments").EnumerateArray()
            .Select(d => new DepartmentLine(
                d.GetProperty("department").GetString()!, d.GetProperty("openErrors").GetInt32(), d.GetProperty("openWarnings").GetInt32(),
                d.GetProperty("new").GetInt32(), d.GetProperty("fixed").GetInt32()))
            .ToList();
        return Page();
    }

    /// <summary>The rendered digest (Compliance.Reports), for the frame on the page.</summary>
    public async Task<IActionResult> OnGetReportAsync(string week, CancellationToken cancellationToken)
    {
        if (!TryParse(week, out var parsed))
        {
            return BadRequest();
        }

        var report = await reports.GetAsync(parsed, cancellationToken);
        Response.Headers.ContentSecurityPolicy = SecurityHeadersFilter.ReportCsp;
        return Content(report.Html, "text/html; charset=utf-8");
    }

    private bool TryParse(string week, out IsoWeek parsed)
    {
        try
        {
            parsed = IsoWeek.Parse(week);
            return true;
        }
        catch (FormatException ex)
        {
            Problem = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            parsed = default;
            return false;
        }
    }
}
