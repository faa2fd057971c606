namespace Compliance.Reports.Rendering;

/// <summary>The two template families: HTML and Markdown differ in escaping and in how a highlight is drawn.</summary>
internal sealed record Flavour(string Extension, Func<string, string> Escape, string MarkOpen, string MarkClose)
{
    public static readonly Flavour Html = new(".html.hbs", HtmlTextEncoder.Escape, "<mark>", "</mark>");

    public static readonly Flavour Markdown = new(".md.hbs", MarkdownTextEncoder.Escape, "**", "**");

    public bool IsHtml => ReferenceEquals(this, Html);
}
