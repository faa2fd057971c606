using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SpreadsheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Compliance.Documents.Tests.Excel;

/// <summary>
/// Does to a written workbook what people do to spreadsheets: formulas, merged cells, text amounts, shared strings,
/// inserted blank rows, renamed, hidden and extra sheets, percent formats. Works on the package with the Open XML SDK,
/// as Excel itself would save it.
/// </summary>
internal sealed class WorkbookEditor : IDisposable
{
    private readonly MemoryStream stream = new();
    private readonly SpreadsheetDocument document;

    public WorkbookEditor(byte[] content)
    {
        stream.Write(content);
        stream.Position = 0;
        document = SpreadsheetDocument.Open(stream, isEditable: true);
    }

    private WorkbookPart Workbook => document.WorkbookPart!;

    public void Text(string sheet, string reference, string text) =>
        Replace(sheet, reference, new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new SpreadsheetText(text)) });

    /// <summary>A text cell stored in the shared-string table, as Excel saves typed text.</summary>
    public void SharedText(string sheet, string reference, string text)
    {
        var part = Workbook.SharedStringTablePart ?? Workbook.AddNewPart<SharedStringTablePart>();
        part.SharedStringTable ??= new SharedStringTable();
        part.SharedStringTable.Append(new SharedStringItem(new SpreadsheetText(text)));
        var index = part.SharedStringTable.ChildElements.Count - 1;
        Replace(sheet, reference, new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
    }

    public void Number(string sheet, string reference, string raw, uint? style = null) =>
        Replace(sheet, reference, new Cell { CellValue = new CellValue(raw), StyleIndex = style });

    /// <summary>A formula with the value the saving program cached, or none when <paramref name="cached"/> is null.</summary>
    public void Formula(string sheet, string reference, string formula, string? cached)
    {
        var cell = new Cell { CellFormula = new CellFormula(formula) };
        if (cached is not null)
        {
            cell.CellValue = new CellValue(cached);
        }

        Replace(sheet, reference, cell);
    }

    public void Error(string sheet, string reference, string error) =>
        Replace(sheet, reference, new Cell { DataType = CellValues.Error, CellFormula = new CellFormula("1/0"), CellValue = new CellValue(error) });

    public void Merge(string sheet, string range)
    {
        var worksheet = Worksheet(sheet);
        var merges = worksheet.GetFirstChild<MergeCells>();
        if (merges is null)
        {
            merges = new MergeCells();
            worksheet.InsertAfter(merges, worksheet.GetFirstChild<SheetData>());
        }

        merges.Append(new MergeCell { Reference = range });
        merges.Count = (uint)merges.ChildElements.Count;
    }

    /// <summary>Moves every row from <paramref name="fromRow"/> down by <paramref name="count"/>, leaving blank rows.</summary>
    public void InsertBlankRows(string sheet, int fromRow, int count)
    {
        foreach (var row in Worksheet(sheet).GetFirstChild<SheetData>()!.Elements<Row>().Where(r => r.RowIndex!.Value >= fromRow).ToList())
        {
            row.RowIndex = (uint)(row.RowIndex!.Value + count);
            foreach (var cell in row.Elements<Cell>())
            {
                var letters = new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
                cell.CellReference = letters + row.RowIndex.Value;
            }
        }
    }

    public void Rename(string sheet, string name) => Sheet(sheet).Name = name;

    public void Hide(string sheet) => Sheet(sheet).State = SheetStateValues.Hidden;

    public void AddSheet(string name, bool hidden, params (string Reference, string Text)[] cells)
    {
        var part = Workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var (reference, text) in cells)
        {
            var row = new Row { RowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture) };
            row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new SpreadsheetText(text)) });
            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        var sheets = Workbook.Workbook.Sheets!;
        sheets.Append(new Sheet
        {
            Id = Workbook.GetIdOfPart(part),
            SheetId = (uint)(sheets.ChildElements.Count + 100),
            Name = name,
            State = hidden ? SheetStateValues.Hidden : null,
        });
    }

    /// <summary>Adds a cell format with a built-in number format (10 = 0.00%) and returns its style index.</summary>
    public uint AddStyle(uint numberFormatId)
    {
        var formats = Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!;
        formats.Append(new CellFormat { NumberFormatId = numberFormatId, ApplyNumberFormat = true });
        formats.Count = (uint)formats.ChildElements.Count;
        return formats.Count.Value - 1;
    }

    public byte[] Save()
    {
        document.Dispose();
        return stream.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    private Sheet Sheet(string name) => Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);

    private Worksheet Worksheet(string sheet) => ((WorksheetPart)Workbook.GetPartById(Sheet(sheet).Id!)).Worksheet;

    private void Replace(string sheet, string reference, Cell cell)
    {
        cell.CellReference = reference;
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        var data = Worksheet(sheet).GetFirstChild<SheetData>()!;
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex!.Value < rowIndex);
            if (after is null)
            {
                data.PrependChild(row);
            }
            else
            {
                after.InsertAfterSelf(row);
            }
        }

        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        if (existing is not null)
        {
            cell.StyleIndex ??= existing.StyleIndex;
            existing.InsertAfterSelf(cell);
            existing.Remove();
            return;
        }

        var next = row.Elements<Cell>().FirstOrDefault(c => Column(c.CellReference!.Value!) > Column(reference));
        if (next is null)
        {
            row.Append(cell);
        }
        else
        {
            next.InsertBeforeSelf(cell);
        }
    }

    private static int Column(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
}
