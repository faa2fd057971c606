using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Documents.Excel;
using Compliance.Documents.Json;
using Compliance.Service.Tests.Infrastructure;

namespace Compliance.Service.Tests.Api;

public sealed class ExcelUploadTests
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Upload_ExcelDraft_IsReadAndFindingsNameTheCell()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();
        var document = DocumentJson.Read(TestDocuments.Json(error: 1m), "doc.json");
        using var workbook = new MemoryStream();
        DraftWorkbook.Write(document, workbook);

        using var response = await client.UploadAsync(workbook.ToArray(), "draft.xlsx", XlsxType);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var findings = await client.WaitForFindingsAsync(id);

        Assert.Equal("draft.xlsx", findings.GetProperty("document").GetProperty("file").GetString());
        var finding = findings.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "totals.summary.income-total");
        Assert.StartsWith("表1!E", finding.GetProperty("location").GetProperty("cell").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ZipBombNamedXlsx_Returns400AndStoresNothing()
    {
        using var factory = new ServiceFactory();
        using var client = factory.Bureau();

        using var response = await client.UploadAsync(Bomb(), "draft.xlsx", XlsxType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("压缩炸弹", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetJsonAsync("/api/submissions")).GetArrayLength());
    }

    private static byte[] Bomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("xl/workbook.xml");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                sheet.Write(chunk);
            }
        }

        return stream.ToArray();
    }
}
