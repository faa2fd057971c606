using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Compliance.Documents.Excel;

/// <summary>Collects a worksheet's cells, widths and merged ranges, then emits the worksheet XML in schema order.</summary>
internal sealed class SheetBuilder
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> rows = [];
    private readonly List<string> merges = [];
    private readonly SortedDictionary<int, (double Width, bool Hidden)> widths = [];
    private DataValidation? validation;

    public void Text(int row, int column, string? text, uint style)
    {
        var cell = new Cell { CellReference = CellAddress.Of(row, column), StyleIndex = style };
        if (!string.IsNullOrEmpty(text))
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        }

        Put(row, column, cell);
    }

    /// <summary>A figure in the style showing its printed decimals; a null figure is a blank input cell showing two.</summary>
    public void Number(int row, int column, decimal? value)
    {
        var cell = new Cell { CellReference = CellAddress.Of(row, column), StyleIndex = WorkbookStyles.Number(value?.Scale ?? 2) };
        if (value is { } v)
        {
            cell.CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture));
        }

        Put(row, column, cell);
    }

    public void Merge(int top, int left, int bottom, int right)
    {
        if (top != bottom || left != right)
        {
            merges.Add(CellAddress.Of(top, left) + ":" + CellAddress.Of(bottom, right));
        }
    }

    public void Width(int column, double width, bool hidden = false) => widths[column] = (width, hidden);

    /// <summary>A drop-down list of allowed texts over a column range.</summary>
    public void ListValidation(int column, int fromRow, int toRow, IEnumerable<string> allowed)
    {
        validation = new DataValidation
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = CellAddress.Of(fromRow, column) + ":" + CellAddress.Of(toRow, column) },
            Formula1 = new Formula1("\"" + string.Join(",", allowed) + "\""),
        };
    }

    public Worksheet Build(bool landscape)
    {
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (widths.Count > 0)
        {
            worksheet.Append(new Columns(widths.Select(w => new Column
            {
                Min = (uint)w.Key,
                Max = (uint)w.Key,
                Width = w.Value.Width,
                CustomWidth = true,
                Hidden = w.Value.Hidden ? true : null,
            })));
        }

        var data = new SheetData();
        foreach (var (index, cells) in rows)
        {
            data.Append(new Row(cells.Values) { RowIndex = (uint)index });
        }

        worksheet.Append(data);
        if (merges.Count > 0)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        }

        if (validation is not null)
        {
            worksheet.Append(new DataValidations(validation) { Count = 1 });
        }

        worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9,
                Orientation = landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            });
        return worksheet;
    }

    private void Put(int row, int column, Cell cell)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            rows[row] = cells = [];
        }

        cells[column] = cell;
    }
}
