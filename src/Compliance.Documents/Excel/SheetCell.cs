namespace Compliance.Documents.Excel;

/// <summary>What a cell holds once the workbook's indirections (shared strings, styles, formulas) are resolved.</summary>
internal enum SheetCellKind
{
    Text,
    Number,
    Boolean,
    Error,

    /// <summary>A formula the saving program never calculated: there is no value to read.</summary>
    UncalculatedFormula,
}

/// <summary>
/// One non-empty cell. <paramref name="Value"/> is the text, or for numbers the stored invariant digits;
/// <paramref name="Decimals"/> comes from the number format (null for General) and <paramref name="Percent"/> is
/// true when the format shows the number as a percentage.
/// </summary>
internal sealed record SheetCell(SheetCellKind Kind, string Value, int? Decimals = null, bool Percent = false);
