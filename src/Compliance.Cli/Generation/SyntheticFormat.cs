using Compliance.Cli.Generation.Text;
using Compliance.Documents.Json;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation;

/// <summary>How a synthetic document is written: canonical JSON, disclosure text in tab or space layout, or an Excel draft.</summary>
internal sealed record SyntheticFormat(string Name, string Extension, TextLayout? Layout)
{
    public static SyntheticFormat Json { get; } = new("json", ".json", null);

    public static SyntheticFormat TextTab { get; } = new("text-tab", ".txt", TextLayout.Tab);

    public static SyntheticFormat TextSpace { get; } = new("text-space", ".txt", TextLayout.Space);

    /// <summary>The filled draft workbook (docs/excel.md); it carries no narrative, so it is not among the text formats.</summary>
    public static SyntheticFormat Xlsx { get; } = new("xlsx", ".xlsx", null);

    /// <summary>The formats <c>bench quality --format all</c> runs: everything with a narrative.</summary>
    public static IReadOnlyList<SyntheticFormat> All { get; } = [Json, TextTab, TextSpace];

    public static SyntheticFormat? Find(string name) => name == Xlsx.Name ? Xlsx : All.FirstOrDefault(f => f.Name == name);

    public string Write(Document document) =>
        Layout is { } layout ? DisclosureTextRenderer.Render(document, layout) : DocumentJson.Write(document);

    /// <summary>The file's bytes: UTF-8 text, or the workbook package.</summary>
    public byte[] Encode(Document document)
    {
        if (this != Xlsx)
        {
            return new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Write(document));
        }

        using var stream = new MemoryStream();
        Compliance.Documents.Excel.DraftWorkbook.Write(document, stream);
        return stream.ToArray();
    }

    /// <summary>The generator's file name with this format's extension (<c>…-final.txt</c>).</summary>
    public string FileName(string jsonName) => Path.ChangeExtension(jsonName, Extension);
}
