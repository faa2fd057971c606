using System.Text.Json;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;

namespace Compliance.Cli;

/// <summary>Finds the rule folder and the parameter overrides in appsettings.json, then loads the rule sets.</summary>
internal static class RuleSources
{
    public static string ResolveDirectory(string? option)
    {
        if (option is not null)
        {
            return option;
        }

        var local = Path.Combine(Directory.GetCurrentDirectory(), "rules");
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "rules");
    }

    public static IReadOnlyList<RuleSet> Load(string? option, string? settingsPath = null) =>
        RuleSetLoader.LoadDirectory(ResolveDirectory(option), ReadOverrides(settingsPath ?? Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")));

    /// <summary>Reads <c>Rules:Parameters:{ruleSet}:{name}</c> from appsettings.json, the same keys the service binds.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? ReadOverrides(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!json.RootElement.TryGetProperty("Rules", out var rules) || !rules.TryGetProperty("Parameters", out var parameters))
            {
                return null;
            }

            return parameters.EnumerateObject().ToDictionary(
                set => set.Name,
                set => (IReadOnlyDictionary<string, string>)set.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString()));
        }
        catch (JsonException ex)
        {
            throw new UsageException($"{path}: 配置文件不是有效的 JSON：{ex.Message}");
        }
    }
}
