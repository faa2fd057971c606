using Compliance.Documents.Model;
using Compliance.Reports.Digest;
using Compliance.Rules.Findings;

namespace Compliance.Reports.Tests;

/// <summary>Everything that came from a document is escaped: department, file, message, location, excerpt, fix, rule ids.</summary>
public class EscapeTests
{
    private static readonly ReportRenderer Renderer = new(new ReportsOptions(), new FixedClock());

    private static Compliance.Rules.Engine.CheckResult HostileResult()
    {
        var h = Fixtures.Hostile;
        var result = Fixtures.Submission(department: h);
        var hostile = new Finding
        {
            RuleId = "narrative." + h, RuleSet = h, Severity = Severity.Error, Message = h, Fix = h, Stated = 1m, Computed = 2m,
            Location = new Location { Table = h, Row = h, Column = h, Line = 3, Excerpt = h + " 1 " + h },
        };
        return result with { Document = result.Document with { SourceFile = h, Unit = h }, Findings = [.. result.Findings, hostile] };
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void RenderSubmissionHtml_HostileStrings_AreEscaped(string culture)
    {
        var html = Renderer.RenderSubmission(HostileResult(), ReportFormat.Html, ReportCultures.Resolve(culture));

        AssertNoMarkupInjected(html);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot;&#39; &amp; &lt;img src&#61;x onerror&#61;alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<mark>1</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSubmissionMarkdown_HostileStrings_AreEscaped()
    {
        var md = Renderer.RenderSubmission(HostileResult(), ReportFormat.Markdown);

        AssertNoTagInjected(md);
        Assert.Contains("&lt;script&gt;", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    public void RenderDigest_HostileDepartmentAndMessage_AreEscaped(ReportFormat format)
    {
        var week = new IsoWeek(2026, 2);
        var results = new[]
        {
            new SubmissionResult(Fixtures.Result(Fixtures.Hostile, 2024, DocumentKind.FinalAccounts, 2, 1), week.Start.AddDays(1)),
            new SubmissionResult(HostileResult(), week.Start.AddDays(2)),
        };
        var text = Renderer.RenderDigest(WeeklyDigest.Compute(results, week, new FixedClock()), format);

        AssertNoTagInjected(text);
        if (format == ReportFormat.Html)
        {
            AssertNoMarkupInjected(text);
        }

        Assert.Contains("&lt;img src", text, StringComparison.Ordinal);
    }

    /// <summary>Markdown passes HTML tags through, so no tag may appear; attribute text inside escaped brackets is inert.</summary>
    private static void AssertNoTagInjected(string output)
    {
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", output, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertNoMarkupInjected(string output)
    {
        AssertNoTagInjected(output);
        Assert.DoesNotContain("onerror=", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"x\"", output, StringComparison.Ordinal);
    }
}
