using Compliance.Reports;
using Compliance.Reports.Digest;
using Compliance.Service.Auth;

namespace Compliance.Service.Reports;

internal static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports/weekly").RequireAuthorization(Policies.ReadAll);
        group.MapGet("/latest", async (string? format, WeeklyReports reports, CancellationToken ct) =>
            ReportsExtensions.TryParseFormat(format, out var parsed)
                ? Serve(await reports.LatestAsync(ct), parsed)
                : ReportsExtensions.BadFormat(format));
        group.MapGet("/{week}", async (string week, string? format, WeeklyReports reports, CancellationToken ct) =>
        {
            if (!ReportsExtensions.TryParseFormat(format, out var parsed))
            {
                return ReportsExtensions.BadFormat(format);
            }

            IsoWeek isoWeek;
            try
            {
                isoWeek = IsoWeek.Parse(week);
            }
            catch (FormatException ex)
            {
                return Results.Problem(statusCode: 400, title: "周次无效", detail: ex.Message);
            }

            return Serve(await reports.GetAsync(isoWeek, ct), parsed);
        });
        return app;
    }

    private static IResult Serve(WeeklyReport report, ReportFormat format) =>
        Results.Text(report.Body(format), ReportRenderer.ContentType(format));
}
