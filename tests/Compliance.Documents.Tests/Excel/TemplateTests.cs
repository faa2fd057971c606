using Compliance.Documents.Catalogue;
using Compliance.Documents.Excel;
using Compliance.Documents.Model;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Compliance.Documents.Tests.Excel;

public class TemplateTests
{
    [Theory]
    [InlineData(DocumentKind.Budget)]
    [InlineData(DocumentKind.FinalAccounts)]
    public void Template_ValidatesAgainstTheOpenXmlSchema(DocumentKind kind)
    {
        using var stream = Template(kind, 2024);
        using var package = SpreadsheetDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator().Validate(package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Fact]
    public void Template_FilledInDepartment_ReadsEveryStandardTableBlank()
    {
        using var stream = Template(DocumentKind.FinalAccounts, 2023);
        using var edit = new WorkbookEditor(stream.ToArray());
        edit.Text("填表说明", "B3", "测试市财政局");

        var document = Drafts.Read(edit.Save());

        Assert.Equal(("测试市财政局", 2023, DocumentKind.FinalAccounts), (document.Info.Department, document.Info.Year, document.Info.Kind));
        Assert.Equal(StandardTables.All.Select(t => t.Id), document.Tables.Select(t => t.Id));
        Assert.All(document.Tables.SelectMany(t => t.Rows), r => Assert.All(r.Values.Values, Assert.Null));
        Assert.Contains(document.Table("summary")!.Rows, r => r.Code == "208" && r.LineNo is not null);
        Assert.Equal(["预算数", "决算数"], document.Table("sangong")!.Columns.Select(c => c.Header));
        Assert.Empty(document.Projects);
    }

    [Fact]
    public void Template_Unfilled_IsRefusedNamingTheDepartmentCell()
    {
        using var stream = Template(DocumentKind.Budget, 2024);

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(stream.ToArray()));

        Assert.Contains("填表说明!B3", ex.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Template(DocumentKind kind, int year)
    {
        var stream = new MemoryStream();
        DraftWorkbook.WriteTemplate(kind, year, stream);
        stream.Position = 0;
        return stream;
    }
}
