using Compliance.Rules.Findings;

namespace Compliance.Reports.Digest;

/// <summary>
/// Computes <see cref="WeeklyDigest"/>. The state at an instant is, for each submission (department + year + kind),
/// its latest check before that instant: a resubmission replaces the earlier one, so its missing findings count as fixed.
/// </summary>
internal static class DigestCalculator
{
    private const int TrendWeeks = 8;
    private const int TopRuleCount = 10;

    public static WeeklyDigest Compute(IEnumerable<SubmissionResult> results, IsoWeek week, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(clock);
        // Stable sort: of two checks at the same instant, the later one in the input wins.
        var ordered = results.Where(r => r.CheckedAt < week.End).OrderBy(r => r.CheckedAt).ToList();
        var now = OpenState.At(ordered, week.End);
        var before = OpenState.At(ordered, week.Start);

        var newKeys = now.Findings.Keys.Where(k => !before.Findings.ContainsKey(k)).ToHashSet(StringComparer.Ordinal);
        var fixedKeys = before.Findings.Keys.Where(k => !now.Findings.ContainsKey(k)).ToList();
        var movement = new FindingMovement(
            now.Findings.Count,
            now.Count(Severity.Error),
            now.Count(Severity.Warning),
            before.Findings.Count,
            newKeys.Count,
            fixedKeys.Count,
            now.Findings.Count - newKeys.Count);

        var fixedByDepartment = fixedKeys.GroupBy(k => before.Findings[k].Department, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var newByDepartment = newKeys.GroupBy(k => now.Findings[k].Department, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var openByDepartment = now.Findings.Values.ToLookup(f => f.Department, StringComparer.Ordinal);
        var departments = now.Departments
            .Select(d => new DepartmentStanding(
                d,
                openByDepartment[d].Count(f => f.Finding.Severity == Severity.Error),
                openByDepartment[d].Count(f => f.Finding.Severity == Severity.Warning),
                newByDepartment.GetValueOrDefault(d),
                fixedByDepartment.GetValueOrDefault(d),
                ExecutionRates.Of(openByDepartment[d])))
            .OrderByDescending(d => d.OpenErrors).ThenByDescending(d => d.OpenWarnings).ThenBy(d => d.Department, StringComparer.Ordinal)
            .ToList();

        return new WeeklyDigest(
            week.ToString(),
            week.Start,
            week.End,
            clock.GetUtcNow(),
            Received(ordered, week),
            ordered.Count(r => week.Contains(r.CheckedAt)),
            movement,
            departments,
            TopRules(now),
            ExecutionRates.Bands(departments),
            Trend(ordered, week),
            newKeys.Select(k => now.Findings[k])
                .OrderByDescending(f => f.Finding.Severity)
                .ThenBy(f => f.Department, StringComparer.Ordinal)
                .ThenBy(f => f.Finding.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Finding.Location.Line ?? int.MaxValue)
                .ToList());
    }

    /// <summary>Submissions (department + year + kind) with at least one check in the week; a re-run or resubmission counts once.</summary>
    private static int Received(List<SubmissionResult> ordered, IsoWeek week) =>
        ordered.Where(r => week.Contains(r.CheckedAt))
            .Select(r => (r.Result.Document.Department, r.Result.Document.Year, r.Result.Document.Kind))
            .Distinct()
            .Count();

    private static List<RuleCount> TopRules(OpenState now) =>
        now.Findings.Values.GroupBy(f => f.Finding.RuleId, StringComparer.Ordinal)
            .Select(g => new RuleCount(
                g.Key,
                g.First().Finding.RuleSet,
                g.Max(f => f.Finding.Severity),
                g.Count(),
                g.Select(f => f.Department).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(r => r.Findings).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .Take(TopRuleCount)
            .ToList();

    private static List<WeekPoint> Trend(List<SubmissionResult> ordered, IsoWeek week)
    {
        var weeks = new List<IsoWeek> { week };
        while (weeks.Count < TrendWeeks)
        {
            weeks.Insert(0, weeks[0].Previous);
        }

        return weeks.Select(w =>
        {
            var state = OpenState.At(ordered, w.End);
            return new WeekPoint(w.ToString(), ordered.Count(r => w.Contains(r.CheckedAt)), state.Count(Severity.Error), state.Count(Severity.Warning));
        }).ToList();
    }
}
