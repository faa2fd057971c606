using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Compliance.Rules.Engine;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Compliance.Rules.Definitions;

/// <summary>
/// Loads rule-set files (YAML, or JSON since YAML is a superset) into compiled rule sets. Every problem is
/// collected and reported with file, rule and field; a set with any problem is refused whole.
/// </summary>
public static class RuleSetLoader
{
    /// <summary>Largest rule file accepted, in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Most rules one file may hold.</summary>
    public const int MaxRules = 2000;

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithDuplicateKeyChecking().Build();

    /// <summary>Loads every <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> file in a folder, sorted by name.</summary>
    /// <param name="directory">Folder holding rule files.</param>
    /// <param name="overrides">Parameter overrides by rule-set name, then parameter name (from appsettings).</param>
    public static IReadOnlyList<RuleSet> LoadDirectory(string directory, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? overrides = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new RuleSetLoadException([$"{directory}: 规则目录不存在"]);
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".YAML" or ".YML" or ".JSON")
            .Order(StringComparer.Ordinal)
            .ToList();
        var sets = new List<RuleSet>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            try
            {
                var set = Load(file, name => overrides?.GetValueOrDefault(name));
                if (sets.Exists(s => s.Name == set.Name))
                {
                    errors.Add($"{file}: WorkflowName “{set.Name}” 与另一规则文件重复");
                }

                sets.Add(set);
            }
            catch (RuleSetLoadException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        return errors.Count > 0 ? throw new RuleSetLoadException(errors) : sets;
    }

    /// <summary>Loads one rule file.</summary>
    public static RuleSet Load(string path, Func<string, IReadOnlyDictionary<string, string>?>? overridesFor = null)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new RuleSetLoadException([$"{path}: 文件不存在"]);
        }

        if (info.Length > MaxFileBytes)
        {
            throw new RuleSetLoadException([$"{path}: 规则文件 {info.Length} 字节，超过 {MaxFileBytes} 字节上限"]);
        }

        return Parse(File.ReadAllBytes(path), path, overridesFor);
    }

    /// <summary>Parses rule-file content; <paramref name="sourceName"/> names it in messages.</summary>
    public static RuleSet Parse(byte[] content, string sourceName, Func<string, IReadOnlyDictionary<string, string>?>? overridesFor = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxFileBytes)
        {
            throw new RuleSetLoadException([$"{sourceName}: 规则文件超过 {MaxFileBytes} 字节上限"]);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new RuleSetLoadException([$"{sourceName}: 规则文件不是 UTF-8 编码的文本"]);
        }

        RuleSetFile? file;
        try
        {
            if (YamlShape.Problem(text, sourceName) is { } problem)
            {
                throw new RuleSetLoadException([problem]);
            }

            file = Yaml.Deserialize<RuleSetFile>(text);
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException?.Message is { } m ? $"（{m}）" : "";
            throw new RuleSetLoadException([$"{sourceName}: 第 {ex.Start.Line} 行第 {ex.Start.Column} 列: {FirstLine(ex.Message)}{inner}"]);
        }

        if (file is null)
        {
            throw new RuleSetLoadException([$"{sourceName}: 规则文件为空"]);
        }

        var overrides = file.WorkflowName is { } n ? overridesFor?.Invoke(n) : null;
        return new RuleSetCompiler(sourceName, file, overrides, Version(content, overrides)).Compile();
    }

    private static string Version(byte[] content, IReadOnlyDictionary<string, string>? overrides)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(content);
        foreach (var (key, value) in (overrides ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"\n{key}={value}"));
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();

    /// <summary>Converts a parameter's text to a number, a boolean or text, in that order.</summary>
    internal static object ParameterValue(object raw)
    {
        var text = Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "";
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        return bool.TryParse(text, out var b) ? b : text;
    }
}
