using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Reports.Digest;

/// <summary>One check of one submission: its findings-contract result and when the check finished.</summary>
/// <param name="Result">The check result (from the engine, or read back with <see cref="FindingsJson.Read"/>).</param>
/// <param name="CheckedAt">When the check finished; decides the week it counts in.</param>
public sealed record SubmissionResult(CheckResult Result, DateTimeOffset CheckedAt);

/// <summary>
/// The weekly findings digest for supervisors: what arrived, what is new, fixed and still open compared with the
/// previous week, the worst departments and rules, execution rates and an 8-week trend. Definitions are in docs/reports.md.
/// </summary>
/// <param name="Week">ISO week, <c>yyyy-Www</c>.</param>
/// <param name="From">First instant of the week (Monday 00:00 Beijing time).</param>
/// <param name="To">First instant after the week.</param>
/// <param name="ComputedAt">When the digest was computed.</param>
/// <param name="Received">Submissions (distinct department + year + kind) checked at least once this week.</param>
/// <param name="Checked">Checks that finished this week.</param>
/// <param name="Findings">Open findings at the end of the week and how they moved since the end of the previous week.</param>
/// <param name="Departments">Departments with a checked submission, ranked by open errors, then open warnings, then name.</param>
/// <param name="TopRules">Rules with the most open findings, at most 10.</param>
/// <param name="ExecutionRates">How many departments fall in each execution-rate band.</param>
/// <param name="Trend">This week and the seven before it, oldest first.</param>
/// <param name="NewFindings">Every finding open now that was not open a week ago, most severe first.</param>
public sealed record WeeklyDigest(
    string Week,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset ComputedAt,
    int Received,
    int Checked,
    FindingMovement Findings,
    IReadOnlyList<DepartmentStanding> Departments,
    IReadOnlyList<RuleCount> TopRules,
    IReadOnlyList<RateBand> ExecutionRates,
    IReadOnlyList<WeekPoint> Trend,
    IReadOnlyList<DigestFinding> NewFindings)
{
    /// <summary>Computes the digest of <paramref name="week"/> from every check result up to its end (earlier weeks give the comparison and the trend).</summary>
    public static WeeklyDigest Compute(IEnumerable<SubmissionResult> results, IsoWeek week, TimeProvider clock) =>
        DigestCalculator.Compute(results, week, clock);
}

/// <summary>Open findings at the end of the week and their movement since the end of the previous week.</summary>
/// <param name="Open">Open findings now.</param>
/// <param name="OpenErrors">Open errors now.</param>
/// <param name="OpenWarnings">Open warnings now.</param>
/// <param name="PreviousOpen">Open findings at the end of the previous week.</param>
/// <param name="New">Open now, not open then.</param>
/// <param name="Fixed">Open then, not open now.</param>
/// <param name="StillOpen">Open then and now.</param>
public sealed record FindingMovement(int Open, int OpenErrors, int OpenWarnings, int PreviousOpen, int New, int Fixed, int StillOpen);

/// <summary>A department's open findings at the end of the week.</summary>
/// <param name="Department">Department name as printed in its documents.</param>
/// <param name="OpenErrors">Open errors.</param>
/// <param name="OpenWarnings">Open warnings.</param>
/// <param name="New">Findings new this week.</param>
/// <param name="Fixed">Findings fixed this week.</param>
/// <param name="ExecutionRate">The execution rate (percent) farthest from 100 among its open execution-rate findings, if any.</param>
public sealed record DepartmentStanding(string Department, int OpenErrors, int OpenWarnings, int New, int Fixed, decimal? ExecutionRate);

/// <summary>How often a rule is open at the end of the week.</summary>
/// <param name="RuleId">Rule id.</param>
/// <param name="RuleSet">Rule set.</param>
/// <param name="Severity">The most severe level it was reported at.</param>
/// <param name="Findings">Open findings.</param>
/// <param name="Departments">Departments with at least one.</param>
public sealed record RuleCount(string RuleId, string RuleSet, Severity Severity, int Findings, int Departments);

/// <summary>An execution-rate band and how many departments fall in it.</summary>
/// <param name="Band">Band key: <c>below-60</c>, <c>60-90</c>, <c>90-100</c> (no execution-rate finding), <c>above-100</c>.</param>
/// <param name="Departments">Departments in the band.</param>
public sealed record RateBand(string Band, int Departments);

/// <summary>One week of the trend.</summary>
/// <param name="Week">ISO week.</param>
/// <param name="Checked">Checks finished that week.</param>
/// <param name="OpenErrors">Open errors at the end of that week.</param>
/// <param name="OpenWarnings">Open warnings at the end of that week.</param>
public sealed record WeekPoint(string Week, int Checked, int OpenErrors, int OpenWarnings);

/// <summary>A finding as the digest lists it, with the submission it belongs to.</summary>
/// <param name="Department">Department.</param>
/// <param name="Year">Fiscal year.</param>
/// <param name="Kind">Budget or final accounts.</param>
/// <param name="Finding">The finding.</param>
public sealed record DigestFinding(string Department, int Year, Compliance.Documents.Model.DocumentKind Kind, Finding Finding);
