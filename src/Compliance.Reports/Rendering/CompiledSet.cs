using System.Globalization;
using HandlebarsDotNet;

namespace Compliance.Reports.Rendering;

/// <summary>
/// Every template compiled for every report language, from one snapshot of the sources. Immutable once built, so
/// concurrent renders need no lock; a reload builds a new set and swaps it in.
/// </summary>
internal sealed class CompiledSet
{
    private static readonly string[] CultureKeys = ["zh-CN", "en"];

    private readonly Dictionary<string, (Labels Labels, Dictionary<string, HandlebarsTemplate<object, object>> Templates)> cultures;

    private CompiledSet(string hash, Dictionary<string, (Labels, Dictionary<string, HandlebarsTemplate<object, object>>)> cultures)
    {
        Hash = hash;
        this.cultures = cultures;
    }

    /// <summary>Hash over the names and content hashes of all sources: equal hash, equal templates.</summary>
    public string Hash { get; }

    public static string HashOf(IReadOnlyDictionary<string, TemplateSource> sources) =>
        string.Join(";", sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Name + "=" + s.Hash));

    /// <summary>Compiles everything; collects every problem (file and line) before throwing, so one edit cycle fixes all.</summary>
    public static CompiledSet Build(IReadOnlyDictionary<string, TemplateSource> sources)
    {
        var problems = new List<string>();
        var cultures = new Dictionary<string, (Labels, Dictionary<string, HandlebarsTemplate<object, object>>)>(StringComparer.Ordinal);
        foreach (var key in CultureKeys)
        {
            if (!sources.TryGetValue($"labels.{key}.json", out var labelSource))
            {
                problems.Add($"labels.{key}.json:1: 缺少标签文件 (label file missing)");
                continue;
            }

            Labels labels;
            try
            {
                labels = Labels.Parse(labelSource, ReportCultures.Resolve(key));
            }
            catch (TemplateLoadException ex)
            {
                problems.AddRange(ex.Problems);
                continue;
            }

            var templates = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
            foreach (var flavour in new[] { Flavour.Html, Flavour.Markdown })
            {
                Compile(sources, labels, flavour, templates, problems);
            }

            cultures[key] = (labels, templates);
        }

        if (problems.Count > 0)
        {
            throw new TemplateLoadException(problems.Distinct(StringComparer.Ordinal).ToList());
        }

        return new CompiledSet(HashOf(sources), cultures);
    }

    public bool Has(string name) => cultures.Values.All(c => c.Templates.ContainsKey(name));

    public Labels LabelsFor(CultureInfo culture) => cultures[ReportCultures.Key(culture)].Labels;

    public string Render(string name, CultureInfo culture, object model)
    {
        var (_, templates) = cultures[ReportCultures.Key(culture)];
        return templates.TryGetValue(name, out var template)
            ? template(model)
            : throw new TemplateLoadException([$"{name}.hbs:1: 模板不存在 (template not found)"]);
    }

    private static void Compile(
        IReadOnlyDictionary<string, TemplateSource> sources, Labels labels, Flavour flavour,
        Dictionary<string, HandlebarsTemplate<object, object>> into, List<string> problems)
    {
        var hb = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = flavour.IsHtml ? new HtmlTextEncoder() : new MarkdownTextEncoder(),
            FormatProvider = CultureInfo.InvariantCulture,
            ThrowOnUnresolvedBindingExpression = false,
        });
        ReportHelpers.Register(hb, labels, flavour);
        var ofFlavour = sources.Values.Where(s => s.Name.EndsWith(flavour.Extension, StringComparison.Ordinal)).ToList();
        foreach (var source in ofFlavour)
        {
            problems.AddRange(TemplateErrors.StandalonePartials(source));
        }

        foreach (var partial in ofFlavour.Where(s => s.Name.StartsWith('_')))
        {
            Try(partial, problems, () => hb.RegisterTemplate(partial.Name[1..^flavour.Extension.Length], partial.Text));
        }

        foreach (var source in ofFlavour.Where(s => !s.Name.StartsWith('_')))
        {
            Try(source, problems, () => into[source.Name[..^".hbs".Length]] = hb.Compile(source.Text));
        }
    }

    private static void Try(TemplateSource source, List<string> problems, Action compile)
    {
        try
        {
            compile();
        }
        catch (HandlebarsException ex)
        {
            problems.Add($"{source.Origin}:{TemplateErrors.Line(ex, source.Text)}: {string.Join(' ', ex.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");
        }
    }
}
