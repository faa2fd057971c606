namespace Compliance.Documents.Text;

/// <summary>A table row being read: its identity, the value cells gathered for it and the lines they came from.</summary>
internal sealed class RowDraft
{
    private List<Cell>? numbers;

    public required int Side { get; init; }

    public string? Key { get; set; }

    public string? Code { get; set; }

    public required string Name { get; set; }

    public string? LineNo { get; init; }

    public required int SourceLine { get; init; }

    public required int Page { get; init; }

    public required bool Tabbed { get; init; }

    /// <summary>Value cells in printed order; for tab-separated rows blank cells too, since they hold a column's place.</summary>
    public List<Cell> Cells { get; } = [];

    /// <summary>Lines whose values this row took (its own and pdftotext's lines printed above it).</summary>
    public List<int> Lines { get; } = [];

    public Dictionary<string, decimal?> Values { get; set; } = [];

    /// <summary>Why the placement of the values is doubtful, or null.</summary>
    public string? Problem { get; set; }

    // Asked for in every candidate placement; cells are complete before placement starts.
    public List<Cell> Numbers => numbers ??= [.. Cells.Where(c => c.IsNumber)];

    public bool IsIdentified => Key is not null || Code is not null;
}
