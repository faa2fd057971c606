using Compliance.Documents.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Compliance.Documents.Excel;

/// <summary>
/// The Excel draft a department fills in before it has a PDF: a 填表说明 sheet with the basic information,
/// one sheet per standard table, a projects sheet and a self-evaluations sheet (layout: docs/excel.md).
/// </summary>
public static class DraftWorkbook
{
    /// <summary>Blank input rows the template adds under each table and record sheet.</summary>
    public const int TemplateInputRows = 15;

    /// <summary>Writes the blank template for a kind and year.</summary>
    public static void WriteTemplate(DocumentKind kind, int year, Stream output) =>
        Write(BlankDocument.Create(kind, year), output, TemplateInputRows, blank: true);

    /// <summary>Writes a document as a filled draft workbook; reading it back gives the same tables, projects and self-evaluations.</summary>
    public static void Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        Write(document, output, inputRows: 0, blank: false);
    }

    /// <summary>Reads a draft workbook (the bytes of an .xlsx); throws <see cref="DocumentReadException"/> naming sheet and cell.</summary>
    public static DisclosureReadResult Read(byte[] content, string fileName) => WorkbookReader.Read(content, fileName);

    private static void Write(Document document, Stream output, int inputRows, bool blank)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = package.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = WorkbookStyles.Create();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var department = document.Info.Department;

        Add(workbookPart, sheets, WorkbookLayout.InstructionsSheet, InstructionsSheet.Write(document.Info, blank).Build(landscape: false));
        for (var i = 0; i < document.Tables.Count; i++)
        {
            Add(workbookPart, sheets, WorkbookLayout.TableSheet(i + 1), TableSheetWriter.Write(document.Tables[i], department, inputRows).Build(landscape: false));
        }

        Add(workbookPart, sheets, WorkbookLayout.ProjectsSheet, RecordSheetWriter.Projects(document.Projects, department, inputRows).Build(landscape: true));
        Add(workbookPart, sheets, WorkbookLayout.SelfEvaluationsSheet, RecordSheetWriter.SelfEvaluations(document.SelfEvaluations, department, inputRows).Build(landscape: true));
        workbookPart.Workbook.Save();
    }

    private static void Add(WorkbookPart workbookPart, Sheets sheets, string name, Worksheet worksheet)
    {
        // Fixed relationship ids: the SDK's default ids are random, and the same document should give the same parts.
        var part = workbookPart.AddNewPart<WorksheetPart>("rIdSheet" + (sheets.ChildElements.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        part.Worksheet = worksheet;
        part.Worksheet.Save();
        sheets.Append(new Sheet
        {
            Id = workbookPart.GetIdOfPart(part),
            SheetId = (uint)(sheets.ChildElements.Count + 1),
            Name = name,
        });
    }
}
