using System.Security.Cryptography;
using System.Text;

namespace Compliance.Reports.Rendering;

/// <summary>One template or label file: its name, text, where it came from (for error messages) and a content hash.</summary>
internal sealed record TemplateSource(string Name, string Text, string Origin)
{
    public string Hash { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
}

/// <summary>Reads the embedded default templates and lays the files of the override folder over them by name.</summary>
internal static class TemplateSources
{
    private const string Prefix = "Templates/";

    public static IReadOnlyDictionary<string, TemplateSource> Load(string? overrideFolder)
    {
        var sources = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        var assembly = typeof(TemplateSources).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var name = resource[Prefix.Length..];
            sources[name] = new TemplateSource(name, reader.ReadToEnd(), "embedded:" + name);
        }

        if (!string.IsNullOrWhiteSpace(overrideFolder))
        {
            if (!Directory.Exists(overrideFolder))
            {
                throw new TemplateLoadException([$"{overrideFolder}: 模板目录不存在 (template folder not found)"]);
            }

            foreach (var path in Directory.EnumerateFiles(overrideFolder).Where(IsTemplateFile).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                sources[name] = new TemplateSource(name, File.ReadAllText(path, Encoding.UTF8), Path.GetFullPath(path));
            }
        }

        return sources;
    }

    public static bool IsTemplateFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".hbs", StringComparison.Ordinal)
            || (name.StartsWith("labels.", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal));
    }
}
