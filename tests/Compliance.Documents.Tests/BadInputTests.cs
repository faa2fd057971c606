using System.Text;

namespace Compliance.Documents.Tests;

public class BadInputTests
{
    [Fact]
    public void Load_Empty_ThrowsClearMessage()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load([], "empty.txt"));
        Assert.Contains("为空", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhitespaceText_ThrowsClearMessage()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load("  \n\n "u8.ToArray(), "blank.txt"));
        Assert.Contains("为空", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Binary_ThrowsClearMessage()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load(bytes, "garbage.bin"));
        Assert.Contains("二进制", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedPdf_ThrowsClearMessage()
    {
        var path = Path.Combine(Samples.Shared, "samples/peer/上海市普陀区财政局2024年度部门决算.pdf");
        var bytes = File.ReadAllBytes(path)[..2000];

        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load(bytes, "cut.pdf"));
        Assert.Contains("PDF", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PdfWithoutTextLayer_SaysSo()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load(BlankPdf(), "scan.pdf"));
        Assert.Contains("没有文本层", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PdfExtensionWithoutPdfHeader_ThrowsClearMessage()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load("hello"u8.ToArray(), "x.pdf"));
        Assert.Contains("%PDF", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A valid one-page PDF with no text, written byte by byte with a correct xref table.</summary>
    private static byte[] BlankPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
