using Compliance.Documents.Model;
using Compliance.Reports.Digest;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Reports.Tests;

public class DigestTests
{
    private static readonly IsoWeek W01 = new(2026, 1);
    private static readonly IsoWeek W02 = new(2026, 2);

    [Fact]
    public void IsoWeek_2026W01_StartsOnMonday29December2025BeijingTime()
    {
        Assert.Equal(new DateTimeOffset(2025, 12, 29, 0, 0, 0, TimeSpan.FromHours(8)), W01.Start);
        Assert.Equal(W01, IsoWeek.Containing(new DateTimeOffset(2025, 12, 28, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new IsoWeek(2025, 52), IsoWeek.Containing(new DateTimeOffset(2025, 12, 28, 15, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new IsoWeek(2025, 52), W01.Previous);
        Assert.Equal(W01, IsoWeek.Parse("2026-W01"));
        Assert.Equal("2026-W01", W01.ToString());
        Assert.Throws<FormatException>(() => IsoWeek.Parse("2026-W54"));
        Assert.Throws<FormatException>(() => IsoWeek.Parse("2026-1"));
    }

    [Fact]
    public void Compute_TwoWeeks_CountsNewFixedAndStillOpen()
    {
        // W01: A has errors on rows 1, 2, 3. W02: A resubmitted — rows 1 and 2 fixed, 3 still open, row 4 new; B new with 1.
        var results = new[]
        {
            new SubmissionResult(Fixtures.Result("A", 2024, DocumentKind.FinalAccounts, 3, 0), W01.Start.AddDays(1)),
            new SubmissionResult(WithRows("A", 3, 4), W02.Start.AddDays(2)),
            new SubmissionResult(Fixtures.Result("B", 2024, DocumentKind.FinalAccounts, 1, 0), W02.Start.AddDays(3)),
        };

        var digest = WeeklyDigest.Compute(results, W02, new FixedClock());

        Assert.Equal("2026-W02", digest.Week);
        Assert.Equal(new FindingMovement(Open: 3, OpenErrors: 3, OpenWarnings: 0, PreviousOpen: 3, New: 2, Fixed: 2, StillOpen: 1), digest.Findings);
        Assert.Equal(2, digest.Received);
        Assert.Equal(2, digest.Checked);
        Assert.Equal(["A", "B"], digest.Departments.Select(d => d.Department));
        Assert.Equal((2, 1, 2), (digest.Departments[0].OpenErrors, digest.Departments[0].New, digest.Departments[0].Fixed));
        Assert.Equal(8, digest.Trend.Count);
        Assert.Equal("2026-W02", digest.Trend[^1].Week);
        Assert.Equal(3, digest.Trend[^2].OpenErrors);
        Assert.Equal(2, digest.NewFindings.Count);
    }

    [Fact]
    public void Compute_LineShiftOnly_IsNotAFix()
    {
        static CheckResult At(int line) => new(
            new DocumentInfo { Department = "A", Year = 2024, Kind = DocumentKind.FinalAccounts },
            [],
            [new Finding { RuleId = "narrative.x", RuleSet = "narrative", Severity = Severity.Error, Message = "m", Stated = 1m, Location = new Location { Line = line, Excerpt = "总额1万元" } }]);
        var results = new[] { new SubmissionResult(At(10), W01.Start.AddHours(1)), new SubmissionResult(At(14), W02.Start.AddHours(1)) };

        var digest = WeeklyDigest.Compute(results, W02, new FixedClock());

        Assert.Equal((0, 0, 1), (digest.Findings.New, digest.Findings.Fixed, digest.Findings.StillOpen));
    }

    [Fact]
    public void Compute_CheckAfterTheWeek_IsIgnored()
    {
        var results = new[] { new SubmissionResult(Fixtures.Result("A", 2024, DocumentKind.Budget, 2, 0), W02.End) };

        var digest = WeeklyDigest.Compute(results, W02, new FixedClock());

        Assert.Equal(0, digest.Checked);
        Assert.Empty(digest.Departments);
    }

    [Fact]
    public void Compute_ExecutionRates_BandDepartmentsByRateFarthestFrom100()
    {
        var results = new[]
        {
            new SubmissionResult(Fixtures.Result("low", 2024, DocumentKind.FinalAccounts, 0, 1, rate: 51m), W02.Start),
            new SubmissionResult(Fixtures.Result("mid", 2024, DocumentKind.FinalAccounts, 0, 2, rate: 80m), W02.Start),
            new SubmissionResult(Fixtures.Result("clean", 2024, DocumentKind.FinalAccounts, 1, 0), W02.Start),
        };

        var digest = WeeklyDigest.Compute(results, W02, new FixedClock());

        Assert.Equal([1, 1, 1, 0], digest.ExecutionRates.Select(b => b.Departments));
        Assert.Equal(78m, digest.Departments.Single(d => d.Department == "mid").ExecutionRate);
        Assert.Null(digest.Departments.Single(d => d.Department == "clean").ExecutionRate);
    }

    private static CheckResult WithRows(string department, params int[] rows)
    {
        var all = Fixtures.Result(department, 2024, DocumentKind.FinalAccounts, rows.Max(), 0);
        return all with { Findings = all.Findings.Where((_, i) => rows.Contains(i + 1)).ToList() };
    }
}
