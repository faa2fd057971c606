using System.Text.Json;
using System.Text.Json.Serialization;
using Compliance.Documents.Model;

namespace Compliance.Documents.Json;

/// <summary>Reads and writes the canonical document as JSON (schema: docs/document.schema.json).</summary>
public static class DocumentJson
{
    /// <summary>Largest JSON document accepted, in bytes.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    /// <summary>Serializer options: camelCase, enums as strings, decimals kept at their printed scale.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises a document.</summary>
    public static string Write(Document document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Parses a document, throwing <see cref="DocumentReadException"/> with the position of any error.</summary>
    public static Document Read(ReadOnlySpan<byte> utf8, string sourceName)
    {
        if (utf8.Length == 0)
        {
            throw new DocumentReadException($"{sourceName}: 文件为空。");
        }

        if (utf8.Length > MaxBytes)
        {
            throw new DocumentReadException($"{sourceName}: JSON 文件超过 {MaxBytes / 1024 / 1024} MB 上限。");
        }

        try
        {
            var document = JsonSerializer.Deserialize<Document>(utf8, Options)
                ?? throw new DocumentReadException($"{sourceName}: JSON 内容为 null，不是文档。");
            Validate(document, sourceName);
            return document;
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"第 {line + 1} 行第 {ex.BytePositionInLine + 1} 字节" : "未知位置";
            var path = string.IsNullOrEmpty(ex.Path) ? "" : $"（{ex.Path}）";
            throw new DocumentReadException($"{sourceName}: JSON 格式错误，{where}{path}: {ex.Message}", ex);
        }
    }

    private static void Validate(Document document, string sourceName)
    {
        if (document.Info.Year is < 1990 or > 2100)
        {
            throw new DocumentReadException($"{sourceName}: info.year {document.Info.Year} 不是有效的预算年度。");
        }

        foreach (var table in document.Tables)
        {
            if (string.IsNullOrWhiteSpace(table.Id))
            {
                throw new DocumentReadException($"{sourceName}: 表“{table.Title}”缺少 id。");
            }
        }

        var duplicate = document.Tables.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DocumentReadException($"{sourceName}: 表 {duplicate.Key} 出现了 {duplicate.Count()} 次，每张标准表只能有一份。");
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            MaxDepth = 64,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
