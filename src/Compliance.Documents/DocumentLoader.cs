using System.Security.Cryptography;
using Compliance.Documents.Json;
using Compliance.Documents.Model;

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
    public static Document Load(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new DocumentReadException($"{fileName}: 文件为空。");
        }

        var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));
        var document = Sniff(content, fileName) switch
        {
            SourceFormat.Json => DocumentJson.Read(content, fileName),
            _ => throw new DocumentReadException($"{fileName}: 无法识别的文件格式（支持 JSON、文本、PDF）。"),
        };
        return document with { Info = document.Info with { SourceFile = fileName, SourceHash = hash } };
    }

    private enum SourceFormat
    {
        Unknown,
        Json,
    }

    private static SourceFormat Sniff(byte[] content, string fileName)
    {
        var ext = Path.GetExtension(fileName).ToUpperInvariant();
        var first = content.AsSpan().TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        if (ext == ".JSON" || (first.Length > 0 && first[0] == (byte)'{'))
        {
            return SourceFormat.Json;
        }

        return SourceFormat.Unknown;
    }
}
