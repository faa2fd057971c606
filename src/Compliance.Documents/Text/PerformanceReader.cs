using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>Projects and self-evaluations read from performance tables, and the lines they used.</summary>
internal sealed record PerformanceResult(IReadOnlyList<Project> Projects, IReadOnlyList<SelfEvaluation> SelfEvaluations);

/// <summary>Reads project tables (项目申报表 / 绩效目标表) and self-evaluation tables (绩效自评表).</summary>
internal static class PerformanceReader
{
    public static PerformanceResult Read(IReadOnlyList<SourceLine> lines, ISet<int> claimed)
    {
        var evaluations = SelfEvaluationReader.Read(lines, claimed);
        var projects = WholeDepartmentReader.Read(lines, claimed);
        projects.AddRange(ProjectReader.Read(lines, claimed));
        projects.AddRange(WrappedProjectReader.Read(lines, claimed));
        return new PerformanceResult(projects, evaluations);
    }
}
