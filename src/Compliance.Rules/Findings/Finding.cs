using System.Text.Json.Serialization;

namespace Compliance.Rules.Findings;

/// <summary>How serious a finding is, mirroring the bureau's 强制性审核 / 提示性审核.</summary>
public enum Severity
{
    /// <summary>Informational.</summary>
    Info,

    /// <summary>Must be explained (提示性审核).</summary>
    Warning,

    /// <summary>Must be fixed (强制性审核).</summary>
    Error,
}

/// <summary>Where a finding points: a table cell, or a narrative line with its excerpt.</summary>
public sealed record Location
{
    /// <summary>
    /// The document the place is in (its source file, or year and kind), set by cross-document checks; null when
    /// the finding is about the single document under check.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Document { get; init; }

    /// <summary>Table title as printed.</summary>
    public string? Table { get; init; }

    /// <summary>Row name (with 科目编码 or 行次 when printed).</summary>
    public string? Row { get; init; }

    /// <summary>Column header (with 栏次 when printed).</summary>
    public string? Column { get; init; }

    /// <summary>Line in the source text.</summary>
    public int? Line { get; init; }

    /// <summary>The text the finding is about.</summary>
    public string? Excerpt { get; init; }

    /// <summary>Workbook sheet and cell (<c>表1!E27</c>) when the document was read from an Excel draft.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cell { get; init; }
}

/// <summary>One problem found in a document: which rule, how serious, what was stated and computed, where, and what to fix.</summary>
public sealed record Finding
{
    /// <summary>Rule set name and rule name, e.g. <c>totals.summary.income-total</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>Rule set name.</summary>
    public required string RuleSet { get; init; }

    /// <summary>Severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>What is wrong, in Chinese, with the figures.</summary>
    public required string Message { get; init; }

    /// <summary>The figure as printed, in the document's unit or in percent.</summary>
    public decimal? Stated { get; init; }

    /// <summary>The figure the rule computed.</summary>
    public decimal? Computed { get; init; }

    /// <summary>Where the stated figure is.</summary>
    public Location Location { get; init; } = new();

    /// <summary>What to do about it, in Chinese.</summary>
    public string? Fix { get; init; }

    /// <summary>
    /// The place in the other document a cross-document finding compares against (the published budget, the
    /// prior year); null for single-document findings.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Location? Related { get; init; }
}

/// <summary>How a finding names a document: its source file, else its year and kind.</summary>
public static class DocumentNames
{
    /// <summary>The source file name, or e.g. <c>2020 年部门预算</c>.</summary>
    public static string Of(Documents.Model.DocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return info.SourceFile ?? $"{info.Department} {info.Year} 年{(info.Kind == Documents.Model.DocumentKind.Budget ? "部门预算" : "部门决算")}";
    }
}
