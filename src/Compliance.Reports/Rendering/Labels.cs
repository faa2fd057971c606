using System.Globalization;
using System.Text.Json;
using Compliance.Documents.Model;
using Compliance.Rules.Findings;

namespace Compliance.Reports.Rendering;

/// <summary>
/// The words of one report language, from <c>labels.&lt;culture&gt;.json</c> (editable like the templates).
/// Templates read them as <c>{{t.key}}</c>; helpers use them for severities, kinds and bands.
/// </summary>
internal sealed class Labels
{
    private readonly Dictionary<string, object> map;

    private Labels(Dictionary<string, object> map, CultureInfo culture)
    {
        this.map = map;
        Culture = culture;
    }

    public CultureInfo Culture { get; }

    /// <summary>The table as the templates see it.</summary>
    public IReadOnlyDictionary<string, object> Map => map;

    /// <summary>A label, or the key itself when the table lacks it (visible in the report, never a crash).</summary>
    public string this[string key] => map.TryGetValue(key, out var v) ? (string)v : key;

    public string Severity(Severity severity) => this["severity-" + severity.ToString().ToLowerInvariant()];

    public string Kind(DocumentKind kind) => this[kind == DocumentKind.Budget ? "kind-budget" : "kind-final"];

    public static Labels Parse(TemplateSource source, CultureInfo culture)
    {
        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string>>(source.Text)
                ?? throw new TemplateLoadException([$"{source.Origin}:1: 应为 JSON 对象 (expected a JSON object of labels)"]);
            return new Labels(values.ToDictionary(p => p.Key, p => (object)p.Value, StringComparer.Ordinal), culture);
        }
        catch (JsonException ex)
        {
            throw new TemplateLoadException([$"{source.Origin}:{(ex.LineNumber ?? 0) + 1}: {ex.Message}"]);
        }
    }
}
