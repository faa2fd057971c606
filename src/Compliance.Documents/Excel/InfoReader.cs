using System.Globalization;
using Compliance.Documents.Model;

namespace Compliance.Documents.Excel;

/// <summary>
/// Reads department, year, kind and unit from the labelled cells of the basic-information block
/// (单位名称 / 预算年度 / 文档类型 / 金额单位), each value being the first filled cell right of its label.
/// </summary>
internal static class InfoReader
{
    private const int SearchRows = 30;
    private const int SearchColumns = 10;

    /// <summary>True when the sheet holds the 单位名称 label near its top.</summary>
    public static bool IsInfoSheet(SheetGrid grid) => Find(grid, WorkbookLayout.DepartmentLabel) is not null;

    public static DocumentInfo Read(SheetGrid grid, string source)
    {
        var department = Value(grid, WorkbookLayout.DepartmentLabel, source, required: true)!;
        var yearText = Value(grid, WorkbookLayout.YearLabel, source, required: true)!;
        var year = int.TryParse(yearText.TrimEnd('年', ' '), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100
            ? y
            : throw new DocumentReadException($"{source}: 单元格 {ValueAddress(grid, WorkbookLayout.YearLabel)} 的预算年度“{yearText}”不是 1990–2100 之间的年份。");
        var kindText = Value(grid, WorkbookLayout.KindLabel, source, required: true)!;
        var kind = kindText.Contains("决算", StringComparison.Ordinal) ? DocumentKind.FinalAccounts
            : kindText.Contains("预算", StringComparison.Ordinal) ? DocumentKind.Budget
            : throw new DocumentReadException($"{source}: 单元格 {ValueAddress(grid, WorkbookLayout.KindLabel)} 的文档类型“{kindText}”应为“{WorkbookLayout.BudgetKind}”或“{WorkbookLayout.FinalKind}”。");
        var unit = Value(grid, WorkbookLayout.UnitLabel, source, required: false) ?? Units.TenThousandYuan;
        return new DocumentInfo { Department = department, Year = year, Kind = kind, Unit = unit };
    }

    private static string? Value(SheetGrid grid, string label, string source, bool required)
    {
        var at = Find(grid, label);
        if (at is { } position)
        {
            for (var c = position.Column + 1; c <= grid.LastColumn; c++)
            {
                if (SheetValues.Text(grid, position.Row, c, source) is { } text)
                {
                    return text;
                }
            }
        }

        return !required ? null
            : at is null
                ? throw new DocumentReadException($"{source}: 工作表“{grid.Name}”中找不到“{label}”。")
                : throw new DocumentReadException($"{source}: 单元格 {ValueAddress(grid, label)} 的“{label}”为空，请填写。");
    }

    private static string ValueAddress(SheetGrid grid, string label) =>
        Find(grid, label) is { } p ? grid.Address(p.Row, p.Column + 1) : grid.Name;

    private static (int Row, int Column)? Find(SheetGrid grid, string label)
    {
        for (var r = 1; r <= Math.Min(grid.LastRow, SearchRows); r++)
        {
            for (var c = 1; c <= Math.Min(grid.LastColumn, SearchColumns); c++)
            {
                var text = grid.Label(r, c).TrimEnd(':');
                if (text == label)
                {
                    return (r, c);
                }
            }
        }

        return null;
    }
}
