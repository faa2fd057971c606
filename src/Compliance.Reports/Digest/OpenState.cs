using Compliance.Documents.Model;
using Compliance.Rules.Findings;

namespace Compliance.Reports.Digest;

/// <summary>The findings open at one instant: those of the latest check of every submission before it, by identity.</summary>
internal sealed class OpenState
{
    private OpenState(Dictionary<string, DigestFinding> findings, IReadOnlyList<string> departments)
    {
        Findings = findings;
        Departments = departments;
    }

    public Dictionary<string, DigestFinding> Findings { get; }

    /// <summary>Departments with at least one submission checked before the instant, including those with no findings.</summary>
    public IReadOnlyList<string> Departments { get; }

    /// <param name="ordered">Check results sorted by time.</param>
    /// <param name="instant">The state just before this instant.</param>
    public static OpenState At(IReadOnlyList<SubmissionResult> ordered, DateTimeOffset instant)
    {
        var latest = new Dictionary<(string, int, DocumentKind), SubmissionResult>();
        foreach (var r in ordered)
        {
            if (r.CheckedAt >= instant)
            {
                break;
            }

            var d = r.Result.Document;
            latest[(d.Department, d.Year, d.Kind)] = r;
        }

        var findings = new Dictionary<string, DigestFinding>(StringComparer.Ordinal);
        foreach (var r in latest.Values)
        {
            var d = r.Result.Document;
            foreach (var f in r.Result.Findings)
            {
                // A check that repeats one finding twice (same place, same figure) still shows one problem to fix.
                findings.TryAdd(FindingIdentity.Of(d, f), new DigestFinding(d.Department, d.Year, d.Kind, f));
            }
        }

        var departments = latest.Keys.Select(k => k.Item1).Distinct(StringComparer.Ordinal).ToList();
        return new OpenState(findings, departments);
    }

    public int Count(Severity severity) => Findings.Values.Count(f => f.Finding.Severity == severity);
}
