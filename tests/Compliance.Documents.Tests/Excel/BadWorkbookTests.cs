using System.IO.Compression;
using System.Text;
using Compliance.Documents.Excel;

namespace Compliance.Documents.Tests.Excel;

public class BadWorkbookTests
{
    [Fact]
    public void Load_TruncatedWorkbook_IsRefusedAsDamaged()
    {
        var workbook = Drafts.Workbook();

        var ex = Assert.Throws<DocumentReadException>(() => Drafts.Read(workbook[..(workbook.Length / 2)]));

        Assert.Contains("已损坏", ex.Message, StringComparison.Ordinal);
        Assert.Contains("draft.xlsx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZipThatIsNotAWorkbook_IsRefused()
    {
        var zip = Zip(("word/document.xml", 10), ("[Content_Types].xml", 10));

        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load(zip, "letter.xlsx"));

        Assert.Contains("不是 Excel 工作簿", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WorkbookWithMalformedSheetXml_IsRefusedAsDamaged()
    {
        var zip = Zip(("[Content_Types].xml", 0), ("xl/workbook.xml", 0));

        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load(zip, "broken.xlsx"));

        Assert.Contains("已损坏", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZipBomb_IsRefusedBeforeParsing()
    {
        // 300 MB of one byte repeated deflates to well under a megabyte.
        var bomb = Zip(("[Content_Types].xml", 10), ("xl/workbook.xml", 10), ("xl/worksheets/sheet1.xml", 300L * 1024 * 1024));
        Assert.True(bomb.Length < 2 * 1024 * 1024);

        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load(bomb, "bomb.xlsx"));

        Assert.Contains("压缩炸弹", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntriesInflatingPastTheBound_AreRefusedByMeasuredSize()
    {
        var workbook = Drafts.Workbook();

        var ex = Assert.Throws<DocumentReadException>(() => WorkbookReader.Read(workbook, "draft.xlsx", maxInflatedBytes: 4 * 1024));

        Assert.Contains("压缩炸弹", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZipWithTooManyEntries_IsRefused()
    {
        var entries = Enumerable.Range(0, WorkbookPackage.MaxEntries + 1).Select(i => ($"xl/media/{i}.bin", 1L)).ToArray();

        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load(Zip(entries), "many.xlsx"));

        Assert.Contains("压缩条目", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LegacyXls_AsksForXlsx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load(ole, "old.xls"));

        Assert.Contains(".xlsx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_XlsxExtensionOnText_SaysItIsNotAWorkbook()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load(Encoding.UTF8.GetBytes("收入支出决算总表"), "draft.xlsx"));

        Assert.Contains("不是 zip", ex.Message, StringComparison.Ordinal);
    }

    private static byte[] Zip(params (string Name, long Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                for (var left = bytes; left > 0; left -= chunk.Length)
                {
                    entry.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
                }
            }
        }

        return stream.ToArray();
    }
}
