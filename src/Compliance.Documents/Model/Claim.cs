namespace Compliance.Documents.Model;

/// <summary>What a narrative statement asserts.</summary>
public enum ClaimKind
{
    /// <summary>An amount: "收入合计 917.02 万元".</summary>
    Amount,

    /// <summary>A share: "占本年收入 100%".</summary>
    Share,

    /// <summary>A change in amount: "增加 601.63 万元" (negative for 减少).</summary>
    Change,

    /// <summary>A growth rate: "增长 190.8%" (negative for 下降).</summary>
    Growth,

    /// <summary>An execution rate: "完成年初预算的 71.3%".</summary>
    ExecutionRate,
}

/// <summary>
/// A numeric statement in the 情况说明 with its subject, value and the line and excerpt it came from.
/// Values keep their printed precision (the decimal's scale).
/// </summary>
public sealed record Claim
{
    /// <summary>What the statement asserts.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>What the number is about, as printed (e.g. 财政拨款收入, 一般公共服务支出).</summary>
    public required string Subject { get; init; }

    /// <summary>The number as printed; percentages in percent (40.8), changes signed.</summary>
    public required decimal Value { get; init; }

    /// <summary>What a share is of, or what a change or rate is measured against (本年收入, 2019 年度, 年初预算).</summary>
    public string? Basis { get; init; }

    /// <summary>Line number in the source text (1-based).</summary>
    public int Line { get; init; }

    /// <summary>The sentence or clause the claim was read from.</summary>
    public string Excerpt { get; init; } = "";
}

/// <summary>A department fact: head counts, vehicles held and similar, numeric or textual.</summary>
public sealed record Fact
{
    /// <summary>Key, e.g. <c>staff.actual</c>, <c>vehicles</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Numeric value, when the fact is a number.</summary>
    public decimal? Value { get; init; }

    /// <summary>Text as printed.</summary>
    public string? Text { get; init; }

    /// <summary>Line in the source text.</summary>
    public int? Line { get; init; }
}
