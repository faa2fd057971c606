using System.Globalization;
using System.Text;

namespace Compliance.Reports.Rendering;

/// <summary>One bar: label (escaped when drawn), value, and a CSS colour class.</summary>
internal sealed record ChartBar(string Label, decimal Value, string Tone);

/// <summary>One line of a line chart.</summary>
internal sealed record ChartLine(string Name, string Tone, IReadOnlyList<decimal> Values);

/// <summary>A line chart: x labels and lines over them.</summary>
internal sealed record LineChart(IReadOnlyList<string> Labels, IReadOnlyList<ChartLine> Lines);

/// <summary>
/// Inline SVG charts (no script, no external file). Every label passes through <see cref="HtmlTextEncoder.Escape"/>,
/// so a department name cannot inject markup; numbers are formatted invariantly.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 640;
    private const int LabelWidth = 210;
    private const int RowHeight = 24;
    private const int LabelChars = 15;

    public static string Bars(IReadOnlyList<ChartBar> bars, string title)
    {
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        var max = bars.Count == 0 ? 1m : Math.Max(1m, bars.Max(b => b.Value));
        var area = Width - LabelWidth - 70;
        var sb = Open(height, title);
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = 4 + (i * RowHeight);
            var w = (int)Math.Round(b.Value / max * area);
            sb.Append(CultureInfo.InvariantCulture, $"<g><title>{Esc(b.Label)}: {Formats.Number(b.Value)}</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" class=\"lbl\">{Esc(Shorten(b.Label))}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{Math.Max(w, 1)}\" height=\"{RowHeight - 8}\" class=\"bar {Tone(b.Tone)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + Math.Max(w, 1) + 6}\" y=\"{y + 16}\" class=\"val\">{Formats.Number(b.Value)}</text></g>");
        }

        return sb.Append("</svg>").ToString();
    }

    public static string Lines(LineChart chart, string title)
    {
        const int height = 230, left = 48, right = 16, top = 28, bottom = 34;
        var n = chart.Labels.Count;
        var max = Nice(chart.Lines.SelectMany(l => l.Values).DefaultIfEmpty(0m).Max());
        var plotW = Width - left - right;
        var plotH = height - top - bottom;
        decimal X(int i) => left + (n <= 1 ? plotW / 2m : plotW * i / (decimal)(n - 1));
        decimal Y(decimal v) => top + plotH - (v / max * plotH);
        var sb = Open(height, title);
        for (var g = 0; g <= 4; g++)
        {
            var v = max * g / 4;
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{Width - right}\" y1=\"{R(Y(v))}\" y2=\"{R(Y(v))}\" class=\"grid\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{R(Y(v)) + 4}\" text-anchor=\"end\" class=\"axis\">{Formats.Number(decimal.Round(v, 0))}</text>");
        }

        for (var i = 0; i < n; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{R(X(i))}\" y=\"{height - 12}\" text-anchor=\"middle\" class=\"axis\">{Esc(chart.Labels[i])}</text>");
        }

        var legendX = left;
        foreach (var line in chart.Lines)
        {
            var points = string.Join(' ', line.Values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{R(X(i))},{R(Y(v))}")));
            sb.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{points}\" class=\"line {Tone(line.Tone)}\"/>");
            foreach (var (v, i) in line.Values.Select((v, i) => (v, i)))
            {
                sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{R(X(i))}\" cy=\"{R(Y(v))}\" r=\"3\" class=\"dot {Tone(line.Tone)}\"><title>{Esc(line.Name)} {Esc(chart.Labels[i])}: {Formats.Number(v)}</title></circle>");
            }

            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{legendX}\" y=\"8\" width=\"12\" height=\"12\" class=\"bar {Tone(line.Tone)}\"/><text x=\"{legendX + 18}\" y=\"18\" class=\"lbl\">{Esc(line.Name)}</text>");
            legendX += 30 + (line.Name.Length * 13);
        }

        return sb.Append("</svg>").ToString();
    }

    private static StringBuilder Open(int height, string title) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{Esc(title)}\"><title>{Esc(title)}</title>");

    private static string Esc(string text) => HtmlTextEncoder.Escape(text);

    private static string Shorten(string label) => label.Length <= LabelChars ? label : label[..(LabelChars - 1)] + "…";

    /// <summary>Only known tones become class names, so a value can never smuggle an attribute in.</summary>
    private static string Tone(string tone) => tone is "error" or "warning" or "info" or "ok" or "neutral" ? tone : "neutral";

    private static decimal R(decimal v) => decimal.Round(v, 1);

    /// <summary>The axis top: the maximum rounded up to 1, 2 or 5 × 10ⁿ (at least 4 so gridlines are whole numbers).</summary>
    private static decimal Nice(decimal max)
    {
        if (max <= 4)
        {
            return 4;
        }

        var step = 1m;
        while (step * 10 < max)
        {
            step *= 10;
        }

        foreach (var m in new[] { 1m, 2m, 4m, 5m, 10m })
        {
            if (step * m >= max)
            {
                return step * m;
            }
        }

        return step * 10;
    }
}
