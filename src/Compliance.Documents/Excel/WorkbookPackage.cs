using System.IO.Compression;

namespace Compliance.Documents.Excel;

/// <summary>
/// Checks an .xlsx container before any XML is parsed: a zip with a spreadsheet main part, a bounded number of
/// entries, and a bounded size once inflated, measured by inflating (declared sizes in a zip can lie).
/// </summary>
internal static class WorkbookPackage
{
    /// <summary>Most entries a workbook may have; a department's draft has a few dozen.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>Most bytes the entries may inflate to in total.</summary>
    public const long MaxInflatedBytes = 256L * 1024 * 1024;

    /// <summary>True when the bytes start with a zip local-file header.</summary>
    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith("PK\u0003\u0004"u8);

    /// <summary>True for an OLE compound file: an Excel 97-2003 .xls or an encrypted .xlsx.</summary>
    public static bool IsOleCompound(ReadOnlySpan<byte> content) => content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>Throws <see cref="DocumentReadException"/> unless the container is a workbook within the bounds.</summary>
    public static void Check(byte[] content, string fileName, long maxInflatedBytes = MaxInflatedBytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new DocumentReadException($"{fileName}: 工作簿包含 {zip.Entries.Count} 个压缩条目，超过 {MaxEntries} 个上限，拒绝读取（可能是压缩炸弹）。");
            }

            if (!zip.Entries.Any(e => e.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase))
                || !zip.Entries.Any(e => e.FullName.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase)))
            {
                throw new DocumentReadException($"{fileName}: 是 zip 文件，但不是 Excel 工作簿（缺少 [Content_Types].xml 或 xl/workbook.xml）。");
            }

            var declared = zip.Entries.Sum(e => e.Length);
            if (declared > maxInflatedBytes)
            {
                throw Bomb(fileName, declared, maxInflatedBytes);
            }

            long inflated = 0;
            var buffer = new byte[81_920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    inflated += read;
                    if (inflated > maxInflatedBytes)
                    {
                        throw Bomb(fileName, inflated, maxInflatedBytes);
                    }
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException($"{fileName}: 工作簿已损坏，zip 结构无法读取（{ex.Message}）。请在 Excel 或 WPS 中重新保存为 .xlsx。", ex);
        }
    }

    private static DocumentReadException Bomb(string fileName, long bytes, long limit) =>
        new($"{fileName}: 工作簿解压后超过 {limit / 1024 / 1024} MB 上限（至少 {bytes / 1024 / 1024} MB），拒绝读取（可能是压缩炸弹）。");
}
