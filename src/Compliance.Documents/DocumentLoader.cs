using System.Security.Cryptography;
using Compliance.Documents.Excel;
using Compliance.Documents.Json;
using Compliance.Documents.Model;
using Compliance.Documents.Pdf;
using Compliance.Documents.Text;

namespace Compliance.Documents;

/// <summary>Reads a submitted file into the canonical document, choosing the reader by content and extension.</summary>
public static class DocumentLoader
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Reads the file at <paramref name="path"/>; throws <see cref="DocumentReadException"/> when it cannot.</summary>
    public static Document Load(string path)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DocumentReadException($"{path}: 文件不存在。");
        }

        if (info.Length > MaxFileBytes)
        {
            throw new DocumentReadException($"{name}: 文件大小 {info.Length / 1024 / 1024} MB 超过 {MaxFileBytes / 1024 / 1024} MB 上限。");
        }

        return Load(File.ReadAllBytes(path), name);
    }

    /// <summary>Reads the bytes of a file named <paramref name="fileName"/>.</summary>
    public static Document Load(byte[] content, string fileName) => LoadWithStatistics(content, fileName).Document;

    /// <summary>
    /// Reads the bytes of a file and reports what the disclosure reader recognised; JSON documents
    /// come with empty statistics.
    /// </summary>
    public static DisclosureReadResult LoadWithStatistics(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new DocumentReadException($"{fileName}: 文件为空。");
        }

        var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));
        var result = Sniff(content, fileName) switch
        {
            SourceFormat.Json => new DisclosureReadResult(DocumentJson.Read(content, fileName), new ParseStatistics()),
            SourceFormat.Pdf => DisclosureTextReader.Read(PdfTextExtractor.Extract(content, fileName), fileName),
            SourceFormat.Text => DisclosureTextReader.Read(content, fileName),
            SourceFormat.Utf16 => DisclosureTextReader.Read(Utf16Text.TryDecode(content, out var text) ? text : "", fileName),
            SourceFormat.Workbook => WorkbookReader.Read(content, fileName),
            _ => throw new DocumentReadException($"{fileName}: 无法识别的文件格式：不是 JSON、PDF、Excel 工作簿，也不是 UTF-8 或 GB18030 文本（可能是二进制文件）。"),
        };
        var document = result.Document;
        return result with { Document = document with { Info = document.Info with { SourceFile = fileName, SourceHash = hash } } };
    }

    private enum SourceFormat
    {
        Unknown,
        Json,
        Pdf,
        Text,
        Utf16,
        Workbook,
    }

    private static SourceFormat Sniff(byte[] content, string fileName)
    {
        var ext = Path.GetExtension(fileName).ToUpperInvariant();
        if (WorkbookPackage.IsZip(content))
        {
            return SourceFormat.Workbook;
        }

        if (WorkbookPackage.IsOleCompound(content))
        {
            throw new DocumentReadException($"{fileName}: 这是 Excel 97-2003 (.xls) 文件或加密的工作簿，无法读取；请取消密码并另存为 .xlsx。");
        }

        if (ext is ".XLSX" or ".XLSM")
        {
            throw new DocumentReadException($"{fileName}: 扩展名是 {ext.ToLowerInvariant()}，但内容不是 zip 格式的 Excel 工作簿，文件可能已损坏。");
        }

        var first = content.AsSpan().TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        if (ext == ".JSON" || (first.Length > 0 && first[0] == (byte)'{'))
        {
            return SourceFormat.Json;
        }

        if (PdfTextExtractor.IsPdf(content))
        {
            return SourceFormat.Pdf;
        }

        if (ext == ".PDF")
        {
            throw new DocumentReadException($"{fileName}: 扩展名是 .pdf，但内容不是 PDF（缺少 %PDF 文件头），文件可能已损坏。");
        }

        return TextDecoder.TryDecode(content, out _) ? SourceFormat.Text
            : Utf16Text.TryDecode(content, out _) ? SourceFormat.Utf16
            : SourceFormat.Unknown;
    }
}
