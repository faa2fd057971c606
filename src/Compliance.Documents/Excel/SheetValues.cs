using System.Globalization;

namespace Compliance.Documents.Excel;

/// <summary>
/// Reads amounts, percentages and texts out of cells the way people fill them in: numbers with a display format,
/// formulas (their cached result), and amounts typed as text ("3,946.72", full-width digits, "(12.30)").
/// Anything else in a figure's place is an error that names the cell.
/// </summary>
internal static class SheetValues
{
    /// <summary>
    /// The decimal in the cell, null when blank or a dash. <paramref name="percent"/>: the figure is a percentage
    /// in percent (92.61), so a cell formatted as % holding 0.9261 reads as 92.61 and a text "92.61%" as 92.61.
    /// </summary>
    public static decimal? Amount(SheetGrid grid, int row, int column, string source, bool percent = false)
    {
        var cell = grid.At(row, column);
        if (cell is null)
        {
            return null;
        }

        var where = grid.Address(row, column);
        return cell.Kind switch
        {
            SheetCellKind.Number => FromNumber(cell, percent, source, where),
            SheetCellKind.Text => FromText(cell.Value, percent, source, where),
            SheetCellKind.UncalculatedFormula => throw new DocumentReadException(
                $"{source}: 单元格 {where} 是公式但没有计算结果（缓存值）。请在 Excel 或 WPS 中打开、重新计算并保存后再提交。"),
            SheetCellKind.Error => throw new DocumentReadException($"{source}: 单元格 {where} 是错误值 {cell.Value}，请修正公式。"),
            _ => throw new DocumentReadException($"{source}: 单元格 {where} 的内容“{cell.Value}”不是数值。"),
        };
    }

    /// <summary>The cell as text: numbers in invariant form without a spurious ".0"; null when blank.</summary>
    public static string? Text(SheetGrid grid, int row, int column, string source)
    {
        var cell = grid.At(row, column);
        return cell?.Kind switch
        {
            null => null,
            SheetCellKind.Number when decimal.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) =>
                (n == decimal.Truncate(n) ? decimal.Truncate(n) : n / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
            SheetCellKind.UncalculatedFormula => throw new DocumentReadException(
                $"{source}: 单元格 {grid.Address(row, column)} 是公式但没有计算结果（缓存值）。请在 Excel 或 WPS 中打开、重新计算并保存后再提交。"),
            SheetCellKind.Error => throw new DocumentReadException($"{source}: 单元格 {grid.Address(row, column)} 是错误值 {cell.Value}，请修正公式。"),
            _ => grid.Text(row, column),
        };
    }

    private static decimal FromNumber(SheetCell cell, bool percent, string source, string where)
    {
        if (!decimal.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new DocumentReadException($"{source}: 单元格 {where} 的数值“{cell.Value}”无法读取。");
        }

        var decimals = cell.Decimals;
        if (percent && cell.Percent)
        {
            value *= 100m;
        }

        // General format: the stored digits are what was typed, except for binary noise a formula leaves
        // (0.30000000000000004); ten decimals is far below any printed precision.
        return decimals is { } d ? WithScale(value, d) : Normalize(decimal.Round(value, 10));
    }

    private static decimal? FromText(string text, bool percent, string source, string where)
    {
        var s = SheetGrid.Normalize(text).Replace(",", "", StringComparison.Ordinal);
        if (s is "-" or "—" or "–" or "/" or "--" or "——")
        {
            return null;
        }

        var negative = s.Length > 2 && s[0] == '(' && s[^1] == ')';
        if (negative)
        {
            s = s[1..^1];
        }

        if (percent && s.EndsWith('%'))
        {
            s = s[..^1];
        }

        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new DocumentReadException($"{source}: 单元格 {where} 的内容“{text}”不是{(percent ? "百分比" : "金额")}。");
        }

        return negative ? -value : value;
    }

    /// <summary>The value rounded to <paramref name="decimals"/> and carrying exactly that scale (7.1 → 7.10).</summary>
    public static decimal WithScale(decimal value, int decimals)
    {
        var rounded = decimal.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        return decimal.Parse(rounded.ToString("F" + Math.Min(decimals, 28).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
