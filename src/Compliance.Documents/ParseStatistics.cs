namespace Compliance.Documents;

/// <summary>What the disclosure reader recognised in a text, and which numeric table lines it could not map.</summary>
public sealed record ParseStatistics
{
    /// <summary>Recognised standard tables.</summary>
    public IReadOnlyList<RecognisedTable> Tables { get; init; } = [];

    /// <summary>Number of projects read.</summary>
    public int Projects { get; init; }

    /// <summary>Number of self-evaluations read.</summary>
    public int SelfEvaluations { get; init; }

    /// <summary>Number of narrative claims read.</summary>
    public int Claims { get; init; }

    /// <summary>Numeric lines inside recognised tables (栏次 numbering and notes excluded).</summary>
    public int NumericTableLines { get; init; }

    /// <summary>Numeric table lines whose every value went into an identified column of an identified row (by key or code), placed with confidence.</summary>
    public int MappedTableLines { get; init; }

    /// <summary>Numeric table lines that were not understood, for a person to look at.</summary>
    public IReadOnlyList<UnmappedLine> Unmapped { get; init; } = [];

    /// <summary>Share of numeric table lines mapped, in percent (100 when there are none).</summary>
    public decimal MappedPercent => NumericTableLines == 0 ? 100m : Math.Round(100m * MappedTableLines / NumericTableLines, 1);
}

/// <summary>A standard table the reader recognised.</summary>
/// <param name="Id">Catalogue id.</param>
/// <param name="Title">Title as printed.</param>
/// <param name="Rows">Number of rows read.</param>
/// <param name="Line">Line of the title.</param>
/// <param name="Unit">Unit of the table.</param>
public sealed record RecognisedTable(string Id, string Title, int Rows, int Line, string Unit);

/// <summary>A numeric line the reader did not map, or mapped without being able to justify where its values went.</summary>
/// <param name="Line">Line number (1-based).</param>
/// <param name="Text">The line as printed.</param>
/// <param name="Reason">Why it is not counted as mapped (未能归入任何行, 栏位不确定, 行未识别, …).</param>
public sealed record UnmappedLine(int Line, string Text, string Reason = "");

/// <summary>The document read from a disclosure and what was recognised.</summary>
/// <param name="Document">The canonical document.</param>
/// <param name="Statistics">What was recognised and what was not.</param>
public sealed record DisclosureReadResult(Model.Document Document, ParseStatistics Statistics);
