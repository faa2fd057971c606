namespace Compliance.Service.Reports;

/// <summary>
/// The data of the weekly findings report for one ISO week; the report templates (Compliance.Reports) render it.
/// "Open" findings are those of the latest check of the latest submission of each (department, year, kind)
/// at the end of a week; new / fixed / still open compare the end of this week with the end of the previous one.
/// </summary>
internal sealed record WeeklyDigest(
    string Week,
    string TimeZone,
    string From,
    string To,
    string ComputedAt,
    SubmissionCounts Submissions,
    FindingCounts Findings,
    IReadOnlyList<DepartmentStanding> Departments,
    IReadOnlyList<RuleCount> Rules);

internal sealed record SubmissionCounts(int Received, int Checked);

/// <summary>Open findings now and a week ago, and what moved between them.</summary>
internal sealed record FindingCounts(int Open, int OpenErrors, int OpenWarnings, int PreviousOpen, int New, int Fixed, int StillOpen);

/// <summary>A department's open findings at the end of the week; the list is ranked by open errors.</summary>
internal sealed record DepartmentStanding(string Department, int OpenErrors, int OpenWarnings, int New, int Fixed);

/// <summary>How often a rule fired in checks that finished during the week.</summary>
internal sealed record RuleCount(string RuleId, int Findings, int Submissions);
