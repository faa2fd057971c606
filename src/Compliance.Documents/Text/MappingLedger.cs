namespace Compliance.Documents.Text;

/// <summary>
/// What became of each numeric table line: mapped only when every value on it landed in an identified
/// column of an identified row, with a placement the reader can justify. Anything else keeps the reason,
/// so the statistics report it instead of counting it as read.
/// </summary>
internal sealed class MappingLedger
{
    private readonly Dictionary<int, string?> problems = [];

    /// <summary>Records that the line fed a row; <paramref name="problem"/> says what was not understood, or null.</summary>
    public void Mark(int line, string? problem = null)
    {
        if (!problems.TryGetValue(line, out var existing) || existing is null)
        {
            problems[line] = problem;
        }
    }

    /// <summary>True when the line fed rows and nothing on it was doubtful.</summary>
    public bool IsMapped(int line) => problems.TryGetValue(line, out var problem) && problem is null;

    /// <summary>Why the line is not counted as mapped.</summary>
    public string ReasonFor(int line) => problems.TryGetValue(line, out var problem) ? problem ?? "" : "未能归入任何行";
}
