using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Tests.Shared;

/// <summary>What must happen to one bad input, wherever it enters (reader, CLI, API).</summary>
internal enum BadInputOutcome
{
    /// <summary>Refused with a specific message (CLI exit 3; API 400 problem+json); nothing stored.</summary>
    Rejected,

    /// <summary>Read as far as it goes; what could not be read is reported, the rest is checked.</summary>
    Partial,

    /// <summary>Refused before reading: too large or not an accepted type (API 413/415, or 400 once the type is read); CLI exit 3.</summary>
    Refused,
}

/// <summary>One generated bad input: its file name, bytes, outcome and the words the error message must contain.</summary>
internal sealed record BadInput(string Name, string FileName, string ContentType, BadInputOutcome Outcome, string MessagePart, Func<byte[]> Make)
{
    private readonly Lazy<byte[]> content = new(Make);

    public byte[] Content => content.Value;

    public override string ToString() => Name;
}

/// <summary>
/// The bad-input corpus, generated in code from the shared seed so nothing hostile is committed as a file.
/// The test projects link this file and run every case at their own level (reader, CLI, API).
/// </summary>
internal static class BadInputCorpus
{
    public static IReadOnlyList<BadInput> All { get; } =
    [
        new("empty", "empty.txt", "text/plain", BadInputOutcome.Rejected, "为空", () => []),
        new("whitespace", "blank.txt", "text/plain", BadInputOutcome.Rejected, "为空", () => "  \r\n\t\n "u8.ToArray()),
        new("binary", "data.txt", "text/plain", BadInputOutcome.Rejected, "二进制", Binary),
        new("truncated-pdf", "cut.pdf", "application/pdf", BadInputOutcome.Rejected, "PDF 无法读取", TruncatedPdf),
        new("pdf-header-only", "header.pdf", "application/pdf", BadInputOutcome.Rejected, "PDF", () => "%PDF-1.7\n"u8.ToArray()),
        new("image-only-pdf", "scan.pdf", "application/pdf", BadInputOutcome.Rejected, "没有文本层", ImageOnlyPdf),
        new("pdf-extension-not-pdf", "fake.pdf", "application/pdf", BadInputOutcome.Rejected, "%PDF", () => "not a pdf at all"u8.ToArray()),
        new("gb18030-text", "gb18030.txt", "text/plain", BadInputOutcome.Partial, "", () => Gb18030.GetBytes(Seed())),
        new("utf16le-bom-text", "utf16.txt", "text/plain", BadInputOutcome.Partial, "", () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Seed())]),
        new("utf16be-bom-text", "utf16be.txt", "text/plain", BadInputOutcome.Partial, "", () => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Seed())]),
        new("utf16le-no-bom-text", "utf16nobom.txt", "text/plain", BadInputOutcome.Partial, "", () => Encoding.Unicode.GetBytes(Seed())),
        new("text-without-tables", "narrative.txt", "text/plain", BadInputOutcome.Partial, "", NarrativeOnly),
        new("huge-text-50mb", "huge.txt", "text/plain", BadInputOutcome.Refused, "上限", Huge),
        new("xlsx-zip-bomb", "bomb.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", BadInputOutcome.Refused, "bomb.xlsx", ZipBomb),
        new("malformed-json", "bad.json", "application/json", BadInputOutcome.Rejected, "JSON 格式错误", () => "{ \"info\": { \"department\": \"x\", "u8.ToArray()),
        new("deeply-nested-json", "deep.json", "application/json", BadInputOutcome.Rejected, "JSON 格式错误", DeepJson),
        new("json-array-root", "array.json", "application/json", BadInputOutcome.Rejected, "JSON 格式错误", () => "[1, 2, 3]"u8.ToArray()),
        new("json-null", "null.json", "application/json", BadInputOutcome.Rejected, "null", () => "null"u8.ToArray()),
        new("json-number-as-text", "odd-number.json", "application/json", BadInputOutcome.Rejected, "JSON 格式错误", () => Json("\"1,2,3.4.5\"", "17.02")),
        new("json-enormous-amount", "enormous.json", "application/json", BadInputOutcome.Rejected, "JSON 格式错误", () => Json("1e40", "17.02")),
        new("json-negative-and-maximal-amounts", "extreme.json", "application/json", BadInputOutcome.Partial, "", () => Json("-918.02", "79228162514264337593543950335")),
        new("json-duplicated-tables", "twice.json", "application/json", BadInputOutcome.Rejected, "出现了 2 次", DuplicatedJsonTables),
        new("json-row-with-missing-columns", "missing.json", "application/json", BadInputOutcome.Partial, "", MissingJsonColumns),
        new("text-odd-numbers", "odd-numbers.txt", "text/plain", BadInputOutcome.Partial, "", () => Utf8(ReplaceFigures(Seed(), "1,2,3.4.5", 7))),
        new("text-negative-and-enormous-amounts", "extreme.txt", "text/plain", BadInputOutcome.Partial, "", () => Utf8(ReplaceFigures(ReplaceFigures(Seed(), "-123.45", 5), "99999999999999999999999999999999.99", 11))),
        new("text-duplicated-tables", "twice.txt", "text/plain", BadInputOutcome.Partial, "", () => Utf8(Seed() + "\n" + Seed())),
        new("text-table-columns-missing", "missing.txt", "text/plain", BadInputOutcome.Partial, "", () => Utf8(DropLastCells(Seed()))),
    ];

    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    public static BadInput Get(string name) => All.Single(c => c.Name == name);

    private static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>The smallest shared seed, the real disclosure text every text case is derived from.</summary>
    public static string Seed() => File.ReadAllText(Path.Combine(SharedFolder(), "seeds", "003_85eec20c42472130.txt"));

    public static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compliance.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("Compliance.sln not found above " + AppContext.BaseDirectory);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Binary()
    {
        var bytes = new byte[64 * 1024];
        new Random(20260101).NextBytes(bytes);
        return bytes;
    }

    private static byte[] TruncatedPdf()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SharedFolder(), "samples", "peer", "上海市普陀区财政局2024年度部门决算.pdf"));
        return bytes[..(bytes.Length / 2)];
    }

    /// <summary>A valid one-page PDF whose only content is a 2×2 grey image: a scan without a text layer.</summary>
    private static byte[] ImageOnlyPdf()
    {
        var image = "\u0000\u0080\u00C0\u00FF";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Length 32 >>\nstream\nq 200 0 0 200 0 0 cm /Im1 Do Q\n\nendstream",
            $"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n{image}\nendstream",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>The seed's narrative sentences only: every line that is not a sentence (titles, table cells) removed.</summary>
    private static byte[] NarrativeOnly() =>
        Utf8(string.Join('\n', Seed().Split('\n').Where(l => l.Contains('。', StringComparison.Ordinal) && !l.Contains('\t', StringComparison.Ordinal))));

    /// <summary>50 MB of table-like text lines: more than any reader or upload limit allows.</summary>
    private static byte[] Huge()
    {
        var line = Encoding.UTF8.GetBytes("2010301\t行政运行\t123.45\t67.89\t55.56\n");
        var bytes = new byte[50 * 1024 * 1024];
        for (var i = 0; i < bytes.Length; i += line.Length)
        {
            line.AsSpan(0, Math.Min(line.Length, bytes.Length - i)).CopyTo(bytes.AsSpan(i));
        }

        return bytes;
    }

    /// <summary>An .xlsx whose one sheet inflates from about 100 KB to 100 MB.</summary>
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var stream = sheet.Open();
            stream.Write("<worksheet><sheetData><row><c><v>"u8);
            var zeros = new byte[1024 * 1024];
            zeros.AsSpan().Fill((byte)'0');
            for (var i = 0; i < 100; i++)
            {
                stream.Write(zeros);
            }

            stream.Write("</v></c></row></sheetData></worksheet>"u8);
        }

        return buffer.ToArray();
    }

    private static void AddEntry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static byte[] DeepJson() => Utf8("{\"info\":" + new string('[', 10_000) + new string(']', 10_000) + "}");

    private static byte[] Json(string total, string other) => Utf8($$"""
        { "info": { "department": "测试局", "year": 2024, "kind": "FinalAccounts", "unit": "万元" },
          "tables": [ { "id": "summary", "title": "收入支出决算总表", "columns": [ { "key": "amount", "header": "金额" } ],
            "rows": [ { "key": "income.total", "name": "本年收入合计", "values": { "amount": {{total}} } },
                      { "key": "income.general", "name": "一般公共预算财政拨款收入", "values": { "amount": 900.00 } },
                      { "key": "income.other", "name": "其他收入", "values": { "amount": {{other}} } } ] } ] }
        """);

    private static byte[] DuplicatedJsonTables() => Utf8("""
        { "info": { "department": "测试局", "year": 2024, "kind": "FinalAccounts", "unit": "万元" },
          "tables": [ { "id": "summary", "title": "收入支出决算总表", "columns": [], "rows": [] },
                      { "id": "summary", "title": "收入支出决算总表", "columns": [], "rows": [] } ] }
        """);

    private static byte[] MissingJsonColumns() => Utf8("""
        { "info": { "department": "测试局", "year": 2024, "kind": "FinalAccounts", "unit": "万元" },
          "tables": [ { "id": "summary", "title": "收入支出决算总表", "columns": [ { "key": "amount", "header": "金额" } ],
            "rows": [ { "key": "income.total", "name": "本年收入合计", "values": { } },
                      { "key": "income.general", "name": "一般公共预算财政拨款收入", "values": { "budget": 1.00 } } ] } ] }
        """);

    /// <summary>Replaces every <paramref name="every"/>-th printed figure (a number with two decimals) by <paramref name="replacement"/>.</summary>
    private static string ReplaceFigures(string text, string replacement, int every)
    {
        var n = 0;
        return Regex.Replace(text, @"(?<![\d.])\d+\.\d{2}(?![\d.])", m => ++n % every == 0 ? replacement : m.Value);
    }

    /// <summary>Drops the last cell of every tab-separated line, as a table exported with its last column cut off.</summary>
    private static string DropLastCells(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.Count(c => c == '\t') >= 2 ? l[..l.LastIndexOf('\t')] : l));
}
