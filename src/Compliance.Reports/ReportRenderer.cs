using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Compliance.Reports.Digest;
using Compliance.Reports.Rendering;
using Compliance.Reports.Submission;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Reports;

/// <summary>
/// Renders submission reports and weekly digests from the templates. Create one per process (the service registers
/// it as a singleton): templates are compiled once in the constructor — which throws <see cref="TemplateLoadException"/>
/// naming file and line when one is invalid — and recompiled when the override folder changes. Thread-safe.
/// </summary>
public sealed class ReportRenderer : IDisposable
{
    private static readonly JsonSerializerOptions DigestJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // DocumentKind is spelled as in the findings contract ("FinalAccounts"); other enums (severity) in lower camel case.
        Converters = { new JsonStringEnumConverter<Compliance.Documents.Model.DocumentKind>(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly TemplateCatalog catalog;
    private readonly TimeProvider clock;

    /// <summary>Loads and compiles the templates (embedded defaults, overridden from <see cref="ReportsOptions.TemplateFolder"/>).</summary>
    /// <exception cref="TemplateLoadException">A template or label file is invalid; the message names file and line.</exception>
    public ReportRenderer(ReportsOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        DefaultCulture = options.ResolveCulture();
        this.clock = clock;
        catalog = new TemplateCatalog(options.TemplateFolder);
    }

    /// <summary>The culture used when a call passes none.</summary>
    public CultureInfo DefaultCulture { get; }

    /// <summary>The report of one checked submission: header, summary counts, then every finding.</summary>
    /// <param name="result">The check result (from the engine, or <see cref="FindingsJson.Read"/>).</param>
    /// <param name="format">HTML, Markdown, or the findings contract JSON with a <c>checkedAt</c> field added.</param>
    /// <param name="culture">zh-CN or en; null for <see cref="DefaultCulture"/>.</param>
    public string RenderSubmission(CheckResult result, ReportFormat format, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var now = clock.GetUtcNow();
        if (format == ReportFormat.Json)
        {
            var node = JsonNode.Parse(FindingsJson.Write(result))!.AsObject();
            node["checkedAt"] = now.ToString("O", CultureInfo.InvariantCulture);
            return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        var set = catalog.Current;
        var resolved = culture ?? DefaultCulture;
        var view = SubmissionView.Build(result, set.LabelsFor(resolved), now);
        return set.Render(TemplateName("submission", format), resolved, view);
    }

    /// <summary>The weekly digest for supervisors, as HTML or Markdown (or its data as JSON).</summary>
    /// <param name="digest">From <see cref="WeeklyDigest.Compute"/>.</param>
    /// <param name="format">HTML, Markdown or JSON.</param>
    /// <param name="culture">zh-CN or en; null for <see cref="DefaultCulture"/>.</param>
    public string RenderDigest(WeeklyDigest digest, ReportFormat format, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (format == ReportFormat.Json)
        {
            return JsonSerializer.Serialize(digest, DigestJson);
        }

        var set = catalog.Current;
        var resolved = culture ?? DefaultCulture;
        return set.Render(TemplateName("digest", format), resolved, DigestView.Build(digest, set.LabelsFor(resolved)));
    }

    /// <summary>The MIME type of a format, with charset.</summary>
    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Markdown => "text/markdown; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>Parses <c>html</c>, <c>md</c>/<c>markdown</c> or <c>json</c>.</summary>
    /// <exception cref="ArgumentException">Any other name.</exception>
    public static ReportFormat ParseFormat(string name) => name?.ToUpperInvariant() switch
    {
        "HTML" => ReportFormat.Html,
        "MD" or "MARKDOWN" => ReportFormat.Markdown,
        "JSON" => ReportFormat.Json,
        _ => throw new ArgumentException($"报告格式只能是 html、md 或 json，得到“{name}”。", nameof(name)),
    };

    /// <inheritdoc />
    public void Dispose() => catalog.Dispose();

    private static string TemplateName(string report, ReportFormat format) =>
        report + (format == ReportFormat.Markdown ? ".md" : ".html");
}
