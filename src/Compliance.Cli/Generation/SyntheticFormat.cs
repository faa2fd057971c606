using Compliance.Cli.Generation.Text;
using Compliance.Documents.Json;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation;

/// <summary>How a synthetic document is written: canonical JSON, or disclosure text in tab or space layout.</summary>
internal sealed record SyntheticFormat(string Name, string Extension, TextLayout? Layout)
{
    public static SyntheticFormat Json { get; } = new("json", ".json", null);

    public static SyntheticFormat TextTab { get; } = new("text-tab", ".txt", TextLayout.Tab);

    public static SyntheticFormat TextSpace { get; } = new("text-space", ".txt", TextLayout.Space);

    public static IReadOnlyList<SyntheticFormat> All { get; } = [Json, TextTab, TextSpace];

    public static SyntheticFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    public string Write(Document document) =>
        Layout is { } layout ? DisclosureTextRenderer.Render(document, layout) : DocumentJson.Write(document);

    /// <summary>The generator's file name with this format's extension (<c>…-final.txt</c>).</summary>
    public string FileName(string jsonName) => Path.ChangeExtension(jsonName, Extension);
}
