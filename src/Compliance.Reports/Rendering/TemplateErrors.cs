using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace Compliance.Reports.Rendering;

/// <summary>
/// Finds the line a Handlebars error is about. The parser states it ("Occured at: 3:15"); the compiler only names the
/// block, so unbalanced blocks are found by scanning the template; other errors point at the first line naming the token.
/// </summary>
internal static partial class TemplateErrors
{
    public static int Line(HandlebarsException ex, string text)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var at = OccurredAt().Match(ex.Message);
        if (at.Success)
        {
            return int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        if (UnbalancedBlock(text) is { } line)
        {
            return line;
        }

        var token = Quoted().Match(ex.Message);
        if (token.Success)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(token.Groups[1].Value, StringComparison.Ordinal))
                {
                    return i + 1;
                }
            }
        }

        return 1;
    }

    /// <summary>The line of a <c>{{/x}}</c> that closes nothing, or of a <c>{{#x}}</c> never closed.</summary>
    internal static int? UnbalancedBlock(string text)
    {
        var open = new Stack<(string Name, int Line)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in Block().Matches(lines[i]))
            {
                var name = m.Groups[2].Value;
                if (m.Groups[1].Value == "#")
                {
                    open.Push((name, i + 1));
                }
                else if (open.Count == 0 || open.Pop().Name != name)
                {
                    return i + 1;
                }
            }
        }

        return open.Count > 0 ? open.Peek().Line : null;
    }

    /// <summary>
    /// Handlebars.Net 2.4.3 renders a partial that stands alone on its line (the "standalone" indentation path) without
    /// the text encoder, so document strings inside it would reach the page unescaped. Such templates are refused at load.
    /// </summary>
    public static IEnumerable<string> StandalonePartials(TemplateSource source)
    {
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (StandalonePartial().IsMatch(lines[i]))
            {
                yield return $"{source.Origin}:{i + 1}: 局部模板 {{{{> …}}}} 不能独占一行（会绕过转义），请与其他内容写在同一行 (a partial alone on its line bypasses escaping)";
            }
        }
    }

    [GeneratedRegex(@"^\s*\{\{~?>[^}]*\}\}\s*$")]
    private static partial Regex StandalonePartial();

    [GeneratedRegex(@"Occured at: (\d+):(\d+)")]
    private static partial Regex OccurredAt();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\{\{~?([#/])\s*([\w-]+)")]
    private static partial Regex Block();
}
