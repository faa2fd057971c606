namespace Compliance.Reports;

/// <summary>What a report is rendered as.</summary>
public enum ReportFormat
{
    /// <summary>One self-contained HTML file (inline CSS and SVG, no scripts), printable.</summary>
    Html,

    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>The findings contract JSON (submission reports only).</summary>
    Json,
}
