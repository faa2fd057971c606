using System.Globalization;
using System.Text;
using HandlebarsDotNet;

namespace Compliance.Reports.Rendering;

/// <summary>
/// A Handlebars text encoder that escapes one character at a time; the subclasses say how each character is written.
/// Handlebars calls all three overloads, so they live here once.
/// </summary>
internal abstract class CharTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(target);
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                Write(target, c);
            }
        }
    }

    public void Encode(string? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(target);
        foreach (var c in text)
        {
            Write(target, c);
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        ArgumentNullException.ThrowIfNull(target);
        while (text is not null && text.MoveNext())
        {
            Write(target, text.Current);
        }
    }

    protected string EscapeText(string text)
    {
        using var writer = new StringWriter(new StringBuilder(text.Length + 16), CultureInfo.InvariantCulture);
        Encode(text, writer);
        return writer.ToString();
    }

    protected abstract void Write(TextWriter target, char c);
}

/// <summary>
/// Escapes every <c>{{value}}</c> of an HTML template. Our own rather than the library's so the set is pinned:
/// the five HTML specials plus <c>`</c> and <c>=</c> (as handlebars.js does), and Chinese stays readable text.
/// </summary>
internal sealed class HtmlTextEncoder : CharTextEncoder
{
    private static readonly HtmlTextEncoder Instance = new();

    public static string Escape(string text) => Instance.EscapeText(text);

    protected override void Write(TextWriter target, char c)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '"': target.Write("&quot;"); break;
            case '\'': target.Write("&#39;"); break;
            case '`': target.Write("&#96;"); break;
            case '=': target.Write("&#61;"); break;
            default: target.Write(c); break;
        }
    }
}

/// <summary>
/// Escapes every <c>{{value}}</c> of a Markdown template: HTML specials as entities (Markdown passes raw HTML
/// through), Markdown punctuation with a backslash, and line breaks as spaces so a value cannot break a table row.
/// </summary>
internal sealed class MarkdownTextEncoder : CharTextEncoder
{
    private static readonly MarkdownTextEncoder Instance = new();

    public static string Escape(string text) => Instance.EscapeText(text);

    protected override void Write(TextWriter target, char c)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '\r': break;
            case '\n': target.Write(' '); break;
            case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '~':
                target.Write('\\');
                target.Write(c);
                break;
            default: target.Write(c); break;
        }
    }
}
