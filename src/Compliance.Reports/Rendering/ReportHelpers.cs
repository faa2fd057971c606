using Compliance.Documents.Model;
using Compliance.Rules.Findings;
using HandlebarsDotNet;
using HandlebarsDotNet.PathStructure;

namespace Compliance.Reports.Rendering;

/// <summary>
/// The helpers templates may call. Text helpers return plain strings, which Handlebars escapes; only the helpers
/// that draw markup (<c>excerpt</c>, <c>svg-bar</c>, <c>svg-line</c>) write raw output, and they escape every piece of
/// document text themselves first.
/// </summary>
internal static class ReportHelpers
{
    public static void Register(IHandlebars hb, Labels labels, Flavour flavour)
    {
        hb.RegisterHelper("num", (Context _, Arguments a) => Formats.Number(Dec(a, 0)));
        hb.RegisterHelper("diff", (Context _, Arguments a) => Formats.Difference(Dec(a, 0), Dec(a, 1)));
        hb.RegisterHelper("severity", (Context _, Arguments a) => Arg(a, 0) is Severity s ? labels.Severity(s) : "");
        hb.RegisterHelper("kind", (Context _, Arguments a) => Arg(a, 0) is DocumentKind k ? labels.Kind(k) : "");
        hb.RegisterHelper("date", (Context _, Arguments a) =>
            Arg(a, 0) is DateTimeOffset d ? Formats.Date(d, labels["date-format"], labels.Culture) : "");
        hb.RegisterHelper("day", (Context _, Arguments a) =>
            Arg(a, 0) is DateTimeOffset d ? Formats.Date(d, labels["day-format"], labels.Culture) : "");
        hb.RegisterHelper("version", (Context _, Arguments a) => Formats.ShortVersion(Arg(a, 0) as string));
        hb.RegisterHelper("band", (Context _, Arguments a) => labels["band-" + Arg(a, 0)]);
        hb.RegisterHelper("bar", (Context _, Arguments a) => TextBar(Dec(a, 0) ?? 0, Dec(a, 1) ?? 0));
        hb.RegisterHelper("excerpt", (EncodedTextWriter w, Context _, Arguments a) =>
            w.WriteSafeString(Highlight.Excerpt(Arg(a, 0) as string, Dec(a, 1), flavour)));
        hb.RegisterHelper("svg-bar", (EncodedTextWriter w, Context _, Arguments a) =>
            w.WriteSafeString(Arg(a, 0) is IReadOnlyList<ChartBar> bars ? SvgCharts.Bars(bars, Arg(a, 1) as string ?? "") : ""));
        hb.RegisterHelper("svg-line", (EncodedTextWriter w, Context _, Arguments a) =>
            w.WriteSafeString(Arg(a, 0) is LineChart chart ? SvgCharts.Lines(chart, Arg(a, 1) as string ?? "") : ""));
    }

    private static object? Arg(Arguments a, int i) => i < a.Length && a[i] is not UndefinedBindingResult ? a[i] : null;

    private static decimal? Dec(Arguments a, int i) => Arg(a, i) switch
    {
        decimal d => d,
        int n => n,
        long n => n,
        _ => null,
    };

    /// <summary>A bar of block characters for Markdown tables: 20 cells at the maximum.</summary>
    private static string TextBar(decimal value, decimal max)
    {
        if (max <= 0 || value <= 0)
        {
            return "";
        }

        var cells = (int)Math.Max(1, Math.Round(value / max * 20));
        return new string('█', cells);
    }
}
