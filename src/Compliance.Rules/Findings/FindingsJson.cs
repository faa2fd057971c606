using System.Text.Encodings.Web;
using System.Text.Json;
using Compliance.Rules.Engine;

namespace Compliance.Rules.Findings;

/// <summary>Writes a check result as the findings contract of DESIGN.md (one JSON object).</summary>
public static class FindingsJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises the result.</summary>
    public static string Write(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartObject("document");
            w.WriteString("file", result.Document.SourceFile);
            w.WriteString("department", result.Document.Department);
            w.WriteNumber("year", result.Document.Year);
            w.WriteString("kind", result.Document.Kind.ToString());
            w.WriteString("unit", result.Document.Unit);
            w.WriteEndObject();

            w.WriteStartArray("ruleSets");
            foreach (var (name, version) in result.RuleSets)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteString("version", version);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("summary");
            w.WriteNumber("errors", result.Count(Severity.Error));
            w.WriteNumber("warnings", result.Count(Severity.Warning));
            w.WriteNumber("infos", result.Count(Severity.Info));
            w.WriteEndObject();

            w.WriteStartArray("findings");
            foreach (var f in result.Findings)
            {
                WriteFinding(w, f);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("ruleSet", f.RuleSet);
        w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        w.WriteString("message", f.Message);
        WriteNumber(w, "stated", f.Stated);
        WriteNumber(w, "computed", f.Computed);
        w.WriteStartObject("location");
        w.WriteString("table", f.Location.Table);
        w.WriteString("row", f.Location.Row);
        w.WriteString("column", f.Location.Column);
        if (f.Location.Line is { } line)
        {
            w.WriteNumber("line", line);
        }
        else
        {
            w.WriteNull("line");
        }

        w.WriteString("excerpt", f.Location.Excerpt);
        w.WriteEndObject();
        w.WriteString("fix", f.Fix);
        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
