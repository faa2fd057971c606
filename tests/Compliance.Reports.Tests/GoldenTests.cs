using Compliance.Reports.Digest;

namespace Compliance.Reports.Tests;

public class GoldenTests
{
    private static readonly ReportRenderer Renderer = new(new ReportsOptions(), new FixedClock());

    [Theory]
    [InlineData("submission.zh-CN.html", "zh-CN", ReportFormat.Html)]
    [InlineData("submission.zh-CN.md", "zh-CN", ReportFormat.Markdown)]
    [InlineData("submission.en.html", "en", ReportFormat.Html)]
    [InlineData("submission.zh-CN.json", "zh-CN", ReportFormat.Json)]
    public void RenderSubmission_FixedResult_MatchesGolden(string golden, string culture, ReportFormat format) =>
        Golden.Match(golden, Renderer.RenderSubmission(Fixtures.Submission(), format, ReportCultures.Resolve(culture)));

    [Theory]
    [InlineData("digest.zh-CN.html", "zh-CN", ReportFormat.Html)]
    [InlineData("digest.zh-CN.md", "zh-CN", ReportFormat.Markdown)]
    [InlineData("digest.en.md", "en", ReportFormat.Markdown)]
    [InlineData("digest.json", "zh-CN", ReportFormat.Json)]
    public void RenderDigest_FixedWeek_MatchesGolden(string golden, string culture, ReportFormat format)
    {
        var digest = WeeklyDigest.Compute(Fixtures.Weeks(), new IsoWeek(2026, 2), new FixedClock(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.FromHours(8))));
        Golden.Match(golden, Renderer.RenderDigest(digest, format, ReportCultures.Resolve(culture)));
    }

    [Fact]
    public void RenderSubmission_NoFindings_SaysSoAndShowsCleanVerdict()
    {
        var clean = Fixtures.Submission() with { Findings = [] };
        var html = Renderer.RenderSubmission(clean, ReportFormat.Html);
        Assert.Contains("未发现问题。", html, StringComparison.Ordinal);
        Assert.Contains("verdict ok", html, StringComparison.Ordinal);
    }
}
