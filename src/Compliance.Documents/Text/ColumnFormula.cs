using Compliance.Documents.Catalogue;

namespace Compliance.Documents.Text;

/// <summary>
/// The column arithmetic a standard table prints in its 栏次 notes (1栏 = 2栏 + 3栏 + …): used to decide which
/// columns a space-aligned row's values sit in when positions alone are ambiguous.
/// </summary>
internal sealed record ColumnFormula(string Total, IReadOnlyList<string> Parts)
{
    private static readonly ColumnFormula BasicAndProject = new("total", ["basic", "project"]);

    public static ColumnFormula? For(string tableId, int side) => tableId switch
    {
        StandardTables.Income => new("total", ["fiscal", "upper", "business", "operating", "subsidiary", "other"]),
        StandardTables.Expenditure => new("total", ["basic", "project", "upper", "operating", "subsidiary"]),
        StandardTables.GeneralPublic or StandardTables.StateCapital or StandardTables.GovernmentFund => BasicAndProject,
        StandardTables.FiscalSummary when side > 0 => new("total", ["general", "fund", "capital"]),
        StandardTables.GeneralPublicBasic => new("amount", ["personnel", "public"]),
        _ => null,
    };

    /// <summary>
    /// +2 when the row's total equals the sum of its parts within printed precision, −2 when it does not,
    /// −1 when several values carry no total (rows print their total first), 0 when there is nothing to check.
    /// </summary>
    public static int Score(decimal? total, IReadOnlyList<decimal> parts, int valueCount)
    {
        if (total is null || parts.Count == 0)
        {
            return valueCount >= 2 ? -1 : 0;
        }

        var tolerance = HalfUnit(total.Value) + parts.Sum(HalfUnit);
        return Math.Abs(total.Value - parts.Sum()) <= tolerance ? 2 : -2;
    }

    // A figure printed with d decimals stands for ±½·10⁻ᵈ.
    private static decimal HalfUnit(decimal value)
    {
        // Scale, not GetBits: this runs for every value of every candidate placement, and GetBits allocates.
        var scale = value.Scale;
        var unit = 1m;
        for (var i = 0; i < scale; i++)
        {
            unit /= 10m;
        }

        return unit / 2m;
    }
}
