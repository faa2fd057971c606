namespace Compliance.Documents.Model;

/// <summary>Whether a document is a department budget (部门预算) or final accounts (部门决算).</summary>
public enum DocumentKind
{
    /// <summary>部门预算.</summary>
    Budget,

    /// <summary>部门决算.</summary>
    FinalAccounts,
}

/// <summary>Who published the document, for which year, and where it came from.</summary>
public sealed record DocumentInfo
{
    /// <summary>Department name as printed.</summary>
    public required string Department { get; init; }

    /// <summary>Fiscal year the document covers.</summary>
    public required int Year { get; init; }

    /// <summary>Budget or final accounts.</summary>
    public required DocumentKind Kind { get; init; }

    /// <summary>Default unit of amounts; tables may state their own.</summary>
    public string Unit { get; init; } = Units.TenThousandYuan;

    /// <summary>Source file name, when the document was read from a file.</summary>
    public string? SourceFile { get; init; }

    /// <summary>SHA-256 of the source file (<c>sha256:hex</c>).</summary>
    public string? SourceHash { get; init; }
}

/// <summary>
/// The canonical form of a budget or final-accounts disclosure: standard tables, projects,
/// self-evaluations, narrative claims and facts, each value keeping where it was read from.
/// </summary>
public sealed record Document
{
    /// <summary>Identity of the document.</summary>
    public required DocumentInfo Info { get; init; }

    /// <summary>Standard tables, at most one per catalogue id.</summary>
    public IReadOnlyList<Table> Tables { get; init; } = [];

    /// <summary>Projects with budgets and performance indicators (项目支出 / 绩效目标表).</summary>
    public IReadOnlyList<Project> Projects { get; init; } = [];

    /// <summary>Performance self-evaluations (绩效自评表).</summary>
    public IReadOnlyList<SelfEvaluation> SelfEvaluations { get; init; } = [];

    /// <summary>Numeric statements in the narrative (情况说明).</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Department facts such as head counts and vehicles held.</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>The table with the given catalogue id, or null when the document lacks it.</summary>
    public Table? Table(string id) => Tables.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    /// <summary>The fact with the given key, or null.</summary>
    public Fact? Fact(string key) => Facts.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));
}

/// <summary>Units amounts are printed in.</summary>
public static class Units
{
    /// <summary>万元, the usual unit.</summary>
    public const string TenThousandYuan = "万元";

    /// <summary>元.</summary>
    public const string Yuan = "元";
}
