using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Documents.Text;

/// <summary>A narrative paragraph rebuilt from the lines it was printed on, with the line of every character.</summary>
internal sealed record Paragraph(string Text, int[] LineAt);

/// <summary>
/// Joins narrative lines back into paragraphs: pdftotext breaks sentences at the page width ("…，完" /
/// "成年初预算的 98.20%"), and a claim's subject, number and basis must be read together. A paragraph ends
/// at a blank line, a sentence end, or before a line that starts a numbered item.
/// </summary>
internal static partial class ClaimParagraphs
{
    private const int MaxChars = 4000;

    public static List<Paragraph> Build(IReadOnlyList<SourceLine> narrative)
    {
        var result = new List<Paragraph>();
        var text = new StringBuilder();
        var lines = new List<int>();
        var previous = -1;
        var lastLength = 0;
        foreach (var line in narrative)
        {
            var content = line.Text.Replace('\t', ' ').Trim();
            // A clause cut off by a blank line ("…经营收入 0 万元，" / "" / "占本年收入 0%") still continues.
            // So does a full-width line broken by the page ("…项目支出" / "" / "603.14万元"); a short heading does not.
            // Whether the paragraph so far is a heading is asked last: it copies the paragraph, which grows line by line.
            var adjacent = line.Number == previous + 1 || (text.Length > 0 && (text[^1] is '，' or ',' or '、' || (lastLength >= 25 && !IsHeading(text))));
            var continues = text.Length > 0 && adjacent && !line.Tabbed && !EndsSentence(text)
                && !ItemStart().IsMatch(content) && text.Length < MaxChars;
            if (!continues)
            {
                Flush(result, text, lines);
            }

            if (content.Length > 0)
            {
                if (text.Length > 0 && char.IsAscii(text[^1]) && char.IsAscii(content[0]))
                {
                    Append(text, lines, " ", line.Number);
                }

                Append(text, lines, content, line.Number);
            }

            if (content.Length > 0)
            {
                previous = line.Number;
                lastLength = content.Length;
            }
        }

        Flush(result, text, lines);
        return result;
    }

    private static bool IsHeading(StringBuilder text)
    {
        var s = text.ToString();
        return StartsItem(s) && !s.Contains('，', StringComparison.Ordinal);
    }

    public static bool StartsItem(string text) => ItemStart().IsMatch(text.TrimStart());

    private static bool EndsSentence(StringBuilder text) => text[^1] is '。' or '；' or ';' or '：' or ':';

    private static void Append(StringBuilder text, List<int> lines, string content, int line)
    {
        text.Append(content);
        lines.AddRange(Enumerable.Repeat(line, content.Length));
    }

    private static void Flush(List<Paragraph> result, StringBuilder text, List<int> lines)
    {
        if (text.Length > 0)
        {
            result.Add(new Paragraph(text.ToString(), [.. lines]));
        }

        text.Clear();
        lines.Clear();
    }

    [GeneratedRegex(@"^(\d+[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)")]
    private static partial Regex ItemStart();
}
