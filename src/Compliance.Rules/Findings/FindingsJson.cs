using System.Text.Encodings.Web;
using System.Text.Json;
using Compliance.Documents.Model;
using Compliance.Rules.Engine;

namespace Compliance.Rules.Findings;

/// <summary>Writes (and reads back) a check result as the findings contract of DESIGN.md (one JSON object).</summary>
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
            if (result.Linked.Count > 0)
            {
                w.WriteStartArray("linked");
                foreach (var linked in result.Linked)
                {
                    w.WriteStartObject();
                    w.WriteString("file", linked.SourceFile);
                    w.WriteString("department", linked.Department);
                    w.WriteNumber("year", linked.Year);
                    w.WriteString("kind", linked.Kind.ToString());
                    w.WriteString("unit", linked.Unit);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

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
        WriteLocation(w, "location", f.Location);
        w.WriteString("fix", f.Fix);
        if (f.Related is { } related)
        {
            WriteLocation(w, "related", related);
        }

        w.WriteEndObject();
    }

    // "document" appears only in cross-document findings, so single-document output is unchanged.
    private static void WriteLocation(Utf8JsonWriter w, string name, Location location)
    {
        w.WriteStartObject(name);
        if (location.Document is { } document)
        {
            w.WriteString("document", document);
        }

        w.WriteString("table", location.Table);
        w.WriteString("row", location.Row);
        w.WriteString("column", location.Column);
        if (location.Line is { } line)
        {
            w.WriteNumber("line", line);
        }
        else
        {
            w.WriteNull("line");
        }

        w.WriteString("excerpt", location.Excerpt);

        // Only Excel drafts have cells; other documents keep the contract's original fields.
        if (location.Cell is { } cell)
        {
            w.WriteString("cell", cell);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Reads a findings-contract document back into a check result (the inverse of <see cref="Write"/>).
    /// Fields the contract does not define are ignored; a missing required field or a wrong type throws
    /// <see cref="FormatException"/> naming the field.
    /// </summary>
    public static CheckResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var parsed = JsonDocument.Parse(json);
            var root = parsed.RootElement;
            var doc = Required(root, "document", JsonValueKind.Object);
            var kindText = Text(doc, "kind");
            var info = new DocumentInfo
            {
                Department = Text(doc, "department") ?? throw Missing("document.department"),
                Year = Required(doc, "year", JsonValueKind.Number).GetInt32(),
                Kind = Enum.TryParse<DocumentKind>(kindText, ignoreCase: false, out var kind)
                    ? kind
                    : throw new FormatException($"findings JSON: document.kind “{kindText}” is neither Budget nor FinalAccounts"),
                Unit = Text(doc, "unit") ?? Units.TenThousandYuan,
                SourceFile = Text(doc, "file"),
            };
            var ruleSets = root.TryGetProperty("ruleSets", out var sets) && sets.ValueKind == JsonValueKind.Array
                ? sets.EnumerateArray().Select(s => (Text(s, "name") ?? throw Missing("ruleSets[].name"), Text(s, "version") ?? "")).ToList()
                : [];
            var findings = Required(root, "findings", JsonValueKind.Array).EnumerateArray().Select(ReadFinding).ToList();
            var linked = root.TryGetProperty("linked", out var l) && l.ValueKind == JsonValueKind.Array
                ? l.EnumerateArray().Select(ReadInfo).ToList()
                : [];
            return new CheckResult(info, ruleSets, findings) { Linked = linked };
        }
        catch (JsonException ex)
        {
            throw new FormatException($"findings JSON is malformed: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException($"findings JSON has a field of the wrong type: {ex.Message}", ex);
        }
    }

    private static DocumentInfo ReadInfo(JsonElement doc)
    {
        var kindText = Text(doc, "kind");
        return new DocumentInfo
        {
            Department = Text(doc, "department") ?? throw Missing("linked[].department"),
            Year = Required(doc, "year", JsonValueKind.Number).GetInt32(),
            Kind = Enum.TryParse<DocumentKind>(kindText, ignoreCase: false, out var kind)
                ? kind
                : throw new FormatException($"findings JSON: linked[].kind “{kindText}” is neither Budget nor FinalAccounts"),
            Unit = Text(doc, "unit") ?? Units.TenThousandYuan,
            SourceFile = Text(doc, "file"),
        };
    }

    private static Location? ReadLocation(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var location) && location.ValueKind == JsonValueKind.Object
            ? new Location
            {
                Document = Text(location, "document"),
                Table = Text(location, "table"),
                Row = Text(location, "row"),
                Column = Text(location, "column"),
                Line = location.TryGetProperty("line", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : null,
                Excerpt = Text(location, "excerpt"),
                Cell = Text(location, "cell"),
            }
            : null;

    private static Finding ReadFinding(JsonElement f)
    {
        var severity = Text(f, "severity");
        return new Finding
        {
            RuleId = Text(f, "ruleId") ?? throw Missing("findings[].ruleId"),
            RuleSet = Text(f, "ruleSet") ?? throw Missing("findings[].ruleSet"),
            Severity = severity switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                _ => throw new FormatException($"findings JSON: severity “{severity}” is not error, warning or info"),
            },
            Message = Text(f, "message") ?? "",
            Stated = Number(f, "stated"),
            Computed = Number(f, "computed"),
            Fix = Text(f, "fix"),
            Location = ReadLocation(f, "location") ?? new Location(),
            Related = ReadLocation(f, "related"),
        };
    }

    private static JsonElement Required(JsonElement parent, string name, JsonValueKind kind) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : throw Missing(name);

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static FormatException Missing(string field) => new($"findings JSON: “{field}” is missing or has the wrong type");

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
