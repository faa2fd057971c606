using System.Text;
using HandlebarsDotNet;

namespace Compliance.Reports.Rendering;

/// <summary>
/// Escapes every <c>{{value}}</c> of an HTML template. Our own rather than the library's so the set is pinned:
/// the five HTML specials plus <c>`</c> and <c>=</c> (as handlebars.js does), and Chinese stays readable text.
/// </summary>
internal sealed class HtmlTextEncoder : ITextEncoder
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            Append(sb, c);
        }

        return sb.ToString();
    }

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

    private static void Write(TextWriter target, char c)
    {
        if (Entity(c) is { } entity)
        {
            target.Write(entity);
        }
        else
        {
            target.Write(c);
        }
    }

    private static void Append(StringBuilder sb, char c)
    {
        if (Entity(c) is { } entity)
        {
            sb.Append(entity);
        }
        else
        {
            sb.Append(c);
        }
    }

    private static string? Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '`' => "&#96;",
        '=' => "&#61;",
        _ => null,
    };
}

/// <summary>
/// Escapes every <c>{{value}}</c> of a Markdown template: HTML specials as entities (Markdown passes raw HTML
/// through), Markdown punctuation with a backslash, and line breaks as spaces so a value cannot break a table row.
/// </summary>
internal sealed class MarkdownTextEncoder : ITextEncoder
{
    public static string Escape(string text)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var c in text)
        {
            Write(writer, c);
        }

        return writer.ToString();
    }

    public void Encode(StringBuilder? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(text);
        Encode(text.ToString(), target);
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

    private static void Write(TextWriter target, char c)
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
