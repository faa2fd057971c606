using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Compliance.Cli.Generation.Faults;

/// <summary>The sidecar <c>&lt;file&gt;.fault.json</c>: which fault a generated document carries and which rule should report it.</summary>
internal static class FaultLabelJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(FaultLabel label, string document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("document", document);
            json.WriteString("category", label.Category);
            json.WriteString("fault", label.Fault);
            json.WriteString("expectedRule", label.ExpectedRule);
            json.WriteString("label", label.Label);
            json.WriteString("detail", label.Detail);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static FaultLabel Read(string text)
    {
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        string Get(string name) => root.GetProperty(name).GetString() ?? "";
        return new FaultLabel(Get("category"), Get("fault"), Get("expectedRule"), Get("label"), Get("detail"));
    }
}
