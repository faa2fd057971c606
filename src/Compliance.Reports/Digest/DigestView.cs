using Compliance.Reports.Rendering;
using Compliance.Reports.Submission;
using Compliance.Rules.Findings;

namespace Compliance.Reports.Digest;

/// <summary>What the digest templates see: the digest plus ranks, deltas and chart data.</summary>
internal sealed record DigestView(
    IReadOnlyDictionary<string, object> T,
    WeeklyDigest Digest,
    DateTimeOffset LastDay,
    string OpenDelta,
    IReadOnlyList<RankedDepartment> Departments,
    IReadOnlyList<RankedRule> TopRules,
    IReadOnlyList<RateBand> Rates,
    int MaxRateBand,
    int MaxDepartmentErrors,
    IReadOnlyList<ChartBar> DepartmentChart,
    IReadOnlyList<ChartBar> RateChart,
    LineChart TrendChart,
    IReadOnlyList<NewFindingView> NewFindings)
{
    private const int ChartDepartments = 10;

    public static DigestView Build(WeeklyDigest digest, Labels labels)
    {
        var departments = digest.Departments.Select((d, i) => new RankedDepartment(i + 1, d)).ToList();
        var delta = digest.Findings.Open - digest.Findings.PreviousOpen;
        var trend = new LineChart(
            digest.Trend.Select(w => w.Week[5..]).ToList(),
            [
                new ChartLine(labels["open-errors"], "error", digest.Trend.Select(w => (decimal)w.OpenErrors).ToList()),
                new ChartLine(labels["open-warnings"], "warning", digest.Trend.Select(w => (decimal)w.OpenWarnings).ToList()),
                new ChartLine(labels["checked"], "neutral", digest.Trend.Select(w => (decimal)w.Checked).ToList()),
            ]);
        return new DigestView(
            labels.Map,
            digest,
            digest.To.AddDays(-1),
            delta > 0 ? "+" + delta : delta < 0 ? "−" + (-delta) : "±0",
            departments,
            digest.TopRules.Select((r, i) => new RankedRule(i + 1, r, SubmissionView.Tone(r.Severity))).ToList(),
            digest.ExecutionRates,
            digest.ExecutionRates.Select(b => b.Departments).DefaultIfEmpty(0).Max(),
            digest.Departments.Select(d => d.OpenErrors).DefaultIfEmpty(0).Max(),
            digest.Departments.Where(d => d.OpenErrors > 0).Take(ChartDepartments)
                .Select(d => new ChartBar(d.Department, d.OpenErrors, "error")).ToList(),
            digest.ExecutionRates.Select(b => new ChartBar(labels["band-" + b.Band], b.Departments, b.Band switch { "90-100" => "ok", "below-60" => "error", _ => "warning" })).ToList(),
            trend,
            digest.NewFindings.Select((f, i) => new NewFindingView(i + 1, f, SubmissionView.Tone(f.Finding.Severity))).ToList());
    }
}

/// <summary>A department with its rank.</summary>
internal sealed record RankedDepartment(int Rank, DepartmentStanding Standing);

/// <summary>A rule with its rank.</summary>
internal sealed record RankedRule(int Rank, RuleCount Rule, string Tone);

/// <summary>A new finding, numbered.</summary>
internal sealed record NewFindingView(int Number, DigestFinding Item, string Tone)
{
    public Finding Finding => Item.Finding;
}
