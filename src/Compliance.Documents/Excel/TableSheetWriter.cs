using Compliance.Documents.Model;

namespace Compliance.Documents.Excel;

/// <summary>
/// Writes one standard table as a sheet: the title, 编制单位 and 单位 line, a header row, the 栏次 row, then one
/// row per table row with its hidden canonical key, 行次, 科目编码, name and figures.
/// </summary>
internal static class TableSheetWriter
{
    public const int KeyColumn = 1;
    public const int LineNoColumn = 2;
    public const int CodeColumn = 3;
    public const int NameColumn = 4;
    public const int FirstValueColumn = 5;

    public static SheetBuilder Write(Table table, string department, int inputRows)
    {
        var sheet = new SheetBuilder();
        var last = FirstValueColumn + Math.Max(table.Columns.Count, 1) - 1;
        sheet.Width(KeyColumn, 4, hidden: true);
        sheet.Width(LineNoColumn, 6);
        sheet.Width(CodeColumn, 12);
        sheet.Width(NameColumn, 40);
        for (var c = FirstValueColumn; c <= last; c++)
        {
            sheet.Width(c, 15);
        }

        sheet.Text(1, LineNoColumn, table.Title, WorkbookStyles.Title);
        sheet.Merge(1, LineNoColumn, 1, last);
        sheet.Text(2, LineNoColumn, "编制单位：" + department, WorkbookStyles.Paragraph);
        sheet.Merge(2, LineNoColumn, 2, NameColumn);
        sheet.Text(2, last, "单位：" + table.Unit, WorkbookStyles.Paragraph);

        sheet.Text(3, KeyColumn, WorkbookLayout.KeyHeader, WorkbookStyles.Header);
        sheet.Text(3, LineNoColumn, WorkbookLayout.LineNoHeader, WorkbookStyles.Header);
        sheet.Text(3, CodeColumn, WorkbookLayout.CodeHeader, WorkbookStyles.Header);
        sheet.Text(3, NameColumn, WorkbookLayout.NameHeader, WorkbookStyles.Header);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            sheet.Text(3, FirstValueColumn + i, table.Columns[i].Header, WorkbookStyles.Header);
        }

        var row = 4;
        if (table.Columns.Any(c => c.Number is not null))
        {
            sheet.Text(row, NameColumn, WorkbookLayout.NumberLabel, WorkbookStyles.Header);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                sheet.Text(row, FirstValueColumn + i, table.Columns[i].Number, WorkbookStyles.Header);
            }

            row++;
        }

        if (table.StatedEmpty)
        {
            sheet.Text(row++, NameColumn, WorkbookLayout.EmptyTableNote, WorkbookStyles.Text);
        }

        foreach (var r in table.Rows)
        {
            sheet.Text(row, KeyColumn, r.Key, WorkbookStyles.Code);
            sheet.Text(row, LineNoColumn, r.LineNo, WorkbookStyles.Code);
            sheet.Text(row, CodeColumn, r.Code, WorkbookStyles.Code);
            sheet.Text(row, NameColumn, r.Name, WorkbookStyles.Text);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                sheet.Number(row, FirstValueColumn + i, r.Value(table.Columns[i].Key));
            }

            row++;
        }

        for (var i = 0; i < inputRows; i++, row++)
        {
            sheet.Text(row, LineNoColumn, null, WorkbookStyles.Code);
            sheet.Text(row, CodeColumn, null, WorkbookStyles.Code);
            sheet.Text(row, NameColumn, null, WorkbookStyles.Text);
            for (var c = FirstValueColumn; c <= last; c++)
            {
                sheet.Number(row, c, null);
            }
        }

        return sheet;
    }
}
