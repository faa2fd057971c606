namespace Compliance.Documents.Model;

/// <summary>A performance self-evaluation (绩效自评表) of a project or of the department as a whole.</summary>
public sealed record SelfEvaluation
{
    /// <summary>Project name, or the department name for a 部门整体 evaluation.</summary>
    public required string Subject { get; init; }

    /// <summary>True for the department as a whole (部门整体支出绩效自评).</summary>
    public bool WholeDepartment { get; init; }

    /// <summary>全年预算数 (A).</summary>
    public decimal? Budget { get; init; }

    /// <summary>全年执行数 (B).</summary>
    public decimal? Executed { get; init; }

    /// <summary>执行率 (B/A) as stated, in percent.</summary>
    public decimal? StatedRate { get; init; }

    /// <summary>分值 of the execution item.</summary>
    public decimal? Weight { get; init; }

    /// <summary>得分 of the execution item as stated.</summary>
    public decimal? Score { get; init; }

    /// <summary>Total score as stated (总分).</summary>
    public decimal? TotalScore { get; init; }

    /// <summary>Indicators with target, actual and score.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>Explanation of deviations and improvement measures.</summary>
    public string? Explanation { get; init; }

    /// <summary>Line in the source text.</summary>
    public int? SourceLine { get; init; }

    /// <summary>Workbook cell the entry was read from (<c>项目绩效目标!B7</c>), when read from a workbook.</summary>
    public string? SourceCell { get; init; }
}
