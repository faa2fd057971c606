using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Compliance.Documents.Excel;

/// <summary>Opens a checked .xlsx and turns each worksheet into a <see cref="SheetGrid"/>.</summary>
internal static class WorkbookLoader
{
    /// <summary>Worksheets in tab order. The container must already have passed <see cref="WorkbookPackage.Check"/>.</summary>
    public static IReadOnlyList<SheetGrid> Load(byte[] content, string fileName)
    {
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = WorkbookPackage.MaxInflatedBytes };
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), isEditable: false, settings);
            var workbookPart = document.WorkbookPart
                ?? throw new DocumentReadException($"{fileName}: 工作簿缺少 workbook 部件，不是可读的 Excel 文件。");
            var strings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
            var formats = new NumberFormats(workbookPart.WorkbookStylesPart?.Stylesheet);
            var grids = new List<SheetGrid>();
            foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                // Chart sheets hold no cells; only worksheets can carry figures.
                if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var state = sheet.State?.Value;
                var grid = new SheetGrid(sheet.Name?.Value ?? "", state is SheetStateValues.Hidden or SheetStateValues.VeryHidden);
                Fill(grid, part.Worksheet, strings, formats);
                grids.Add(grid);
            }

            return grids;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or XmlException or InvalidDataException or IOException
            or InvalidOperationException or ArgumentOutOfRangeException or FormatException)
        {
            throw new DocumentReadException($"{fileName}: 工作簿已损坏，无法解析（{ex.Message}）。请在 Excel 或 WPS 中重新保存为 .xlsx。", ex);
        }
    }

    private static void Fill(SheetGrid grid, Worksheet worksheet, List<string> strings, NumberFormats formats)
    {
        var rowIndex = 0;
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            rowIndex = row.RowIndex?.Value is { } r ? (int)r : rowIndex + 1;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = CellAddress.TryParse(cell.CellReference?.Value, out _, out var c) ? c : column + 1;
                if (Resolve(cell, strings, formats) is { } value)
                {
                    grid.Set(rowIndex, column, value);
                }
            }
        }

        foreach (var merge in worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()))
        {
            var parts = merge.Reference?.Value?.Split(':');
            if (parts is { Length: 2 } && CellAddress.TryParse(parts[0], out var top, out var left) && CellAddress.TryParse(parts[1], out var bottom, out var right))
            {
                grid.Merge(top, left, bottom, right);
            }
        }
    }

    private static SheetCell? Resolve(Cell cell, List<string> strings, NumberFormats formats)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (cell.CellFormula is not null && raw is null)
        {
            return new SheetCell(SheetCellKind.UncalculatedFormula, "");
        }

        if (type == CellValues.InlineString)
        {
            return Text(cell.InlineString is { } inline ? InlineText(inline) : raw);
        }

        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count
                ? Text(strings[index])
                : throw new FormatException($"单元格 {cell.CellReference?.Value} 引用了不存在的共享字符串 {raw}");
        }

        if (type == CellValues.String || type == CellValues.Date)
        {
            return Text(raw);
        }

        if (type == CellValues.Boolean)
        {
            return new SheetCell(SheetCellKind.Boolean, raw == "1" ? "TRUE" : "FALSE");
        }

        if (type == CellValues.Error)
        {
            return new SheetCell(SheetCellKind.Error, raw);
        }

        var (decimals, percent) = formats.Of(cell.StyleIndex?.Value);
        return new SheetCell(SheetCellKind.Number, raw.Trim(), decimals, percent);
    }

    private static SheetCell? Text(string? text) => string.IsNullOrEmpty(text) ? null : new SheetCell(SheetCellKind.Text, text);

    private static string ItemText(SharedStringItem item) =>
        item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static string InlineText(InlineString inline) =>
        inline.Text?.Text ?? string.Concat(inline.Elements<Run>().Select(r => r.Text?.Text));
}
