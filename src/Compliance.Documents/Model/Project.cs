namespace Compliance.Documents.Model;

/// <summary>A project (项目) with its budget, expenditure and procurement lines and performance indicators.</summary>
public sealed record Project
{
    /// <summary>Project name as printed.</summary>
    public required string Name { get; init; }

    /// <summary>True for the department as a whole (部门整体支出绩效目标表): its targets cover all of the department's spending.</summary>
    public bool WholeDepartment { get; init; }

    /// <summary>Project code, when printed.</summary>
    public string? Code { get; init; }

    /// <summary>Total budget over the project's life (项目总额).</summary>
    public decimal? TotalBudget { get; init; }

    /// <summary>Current-year budget (本年预算 / 年度资金).</summary>
    public decimal? CurrentYearBudget { get; init; }

    /// <summary>Amount arranged in prior years.</summary>
    public decimal? PriorYears { get; init; }

    /// <summary>Unit of the project's amounts.</summary>
    public string Unit { get; init; } = Units.TenThousandYuan;

    /// <summary>Expenditure lines by economic classification.</summary>
    public IReadOnlyList<AmountLine> ExpenditureLines { get; init; } = [];

    /// <summary>Government procurement lines.</summary>
    public IReadOnlyList<AmountLine> ProcurementLines { get; init; } = [];

    /// <summary>Performance indicators (绩效指标).</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>Line in the source text.</summary>
    public int? SourceLine { get; init; }

    /// <summary>Workbook cell the entry was read from (<c>项目绩效目标!B7</c>), when read from a workbook.</summary>
    public string? SourceCell { get; init; }
}

/// <summary>An amount line inside a project (expenditure by 经济分类, or a procurement item).</summary>
public sealed record AmountLine
{
    /// <summary>Name as printed.</summary>
    public required string Name { get; init; }

    /// <summary>Economic classification code, when printed.</summary>
    public string? Code { get; init; }

    /// <summary>Amount; null when blank.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Line in the source text.</summary>
    public int? SourceLine { get; init; }

    /// <summary>Workbook cell the entry was read from (<c>项目绩效目标!B7</c>), when read from a workbook.</summary>
    public string? SourceCell { get; init; }
}

/// <summary>A performance indicator: 一级 (产出/效益/满意度/成本), 二级, name, target and, in self-evaluations, actual and score.</summary>
public sealed record Indicator
{
    /// <summary>一级指标: 产出, 效益, 满意度 or 成本.</summary>
    public required string Level1 { get; init; }

    /// <summary>二级指标: 数量, 质量, 时效, 成本, 经济效益, 社会效益, …</summary>
    public string? Level2 { get; init; }

    /// <summary>三级指标 name.</summary>
    public required string Name { get; init; }

    /// <summary>Target value as printed (e.g. "≥95%", "12 个", "按时完成").</summary>
    public string? Target { get; init; }

    /// <summary>Actual value as printed (self-evaluations).</summary>
    public string? Actual { get; init; }

    /// <summary>Weight (分值).</summary>
    public decimal? Weight { get; init; }

    /// <summary>Score given (得分).</summary>
    public decimal? Score { get; init; }

    /// <summary>Explanation of deviation (偏差原因).</summary>
    public string? Explanation { get; init; }

    /// <summary>Line in the source text.</summary>
    public int? SourceLine { get; init; }

    /// <summary>Workbook cell the entry was read from (<c>项目绩效目标!B7</c>), when read from a workbook.</summary>
    public string? SourceCell { get; init; }
}
