using System.Text.RegularExpressions;
using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// Reads the indicator rows of a performance table printed as wrapped lines (一级指标 二级指标 指标内容 指标值
/// 绩效标准). Cells on one line are one space apart; a cell too long for its column continues on the next
/// line. A row ends at its 绩效标准 (历史标准, 行业标准, …), or, in tables without that column, at a value.
/// </summary>
internal static partial class WrappedIndicators
{
    // Labels that start the parts of a project table other than its indicators.
    private static readonly string[] OtherParts = ["项目名称", "项目支出", "测算依据", "项目绩效总目", "资金来源", "项目资金来源", "填报", "备注"];

    // Header cells wrap too ("绩效标" / "准"); their pieces are skipped before the first row.
    private const string HeaderWords = "一级指标二级指标三级指标指标内容指标名称指标值绩效标准";

    /// <summary>One row's words, by printed line, before it is split into name and target.</summary>
    private sealed record Draft(string Level1, string Level2, List<List<string>> Lines, int SourceLine)
    {
        public string Qualifier { get; set; } = "";
    }

    public static List<Indicator> Read(List<SourceLine> block)
    {
        var header = block.FindIndex(l => l.Text.Contains("一级指标", StringComparison.Ordinal)
            && (l.Text.Contains("二级", StringComparison.Ordinal) || l.Text.Contains("指标值", StringComparison.Ordinal)));
        if (header < 0)
        {
            return [];
        }

        var body = block.Skip(header + 1).Where(l => !l.IsBlank).ToList();
        var headed = string.Concat(body.Take(2).Select(l => l.Text).Prepend(block[header].Text));
        var hasStandard = headed.Contains("标准", StringComparison.Ordinal) || headed.Contains("绩效标", StringComparison.Ordinal);
        var drafts = Drafts(body, hasStandard);
        // Wrapped cells break at their column's width: the widest piece shows how wide a full line is.
        var width = drafts.SelectMany(d => d.Lines).SelectMany(l => l).Select(Width).DefaultIfEmpty(0).Max();
        return [.. drafts.Select(d => Build(d, width)).OfType<Indicator>()];
    }

    private static List<Draft> Drafts(List<SourceLine> body, bool hasStandard)
    {
        var drafts = new List<Draft>();
        string level1 = "", level2 = "";
        var pending = new List<List<string>>();
        var first = 0;
        var started = false;
        foreach (var line in body)
        {
            var text = line.Text.Trim();
            if (line.Tabbed || (line.IsSingleText && text.EndsWith('表')))
            {
                break;
            }

            // The line's key once, not once per label it is compared with.
            var key = Names.Key(text);
            if (OtherParts.Any(p => key.StartsWith(p, StringComparison.Ordinal)))
            {
                break;
            }

            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!started && words.Length == 1 && key.Length <= 4 && HeaderWords.Contains(key, StringComparison.Ordinal))
            {
                continue;
            }

            started = true;
            // A level name alone on its line applies wherever it falls: the table centres level cells on their rows.
            if (words.Length == 1 && key.EndsWith('标') && (IndicatorLevels.TryApply(text, ref level1, ref level2) || IndicatorLevels.IsWrapTail(text)))
            {
                continue;
            }

            // "（年度）" under a finished row is the end of that row's name, pushed below it by the taller cells beside it.
            if (pending.Count == 0 && words.Length == 1 && Qualifier().IsMatch(text) && drafts.Count > 0)
            {
                drafts[^1].Qualifier += text;
                continue;
            }

            var content = new List<string>();
            foreach (var word in words)
            {
                if (pending.Count == 0 && content.Count == 0 && IndicatorLevels.TryApply(word, ref level1, ref level2))
                {
                    continue;
                }

                if (hasStandard && Standard().IsMatch(word))
                {
                    Close(drafts, pending, content, level1, level2, first);
                    continue;
                }

                if (pending.Count == 0 && content.Count == 0)
                {
                    first = line.Number;
                }

                content.Add(word);
            }

            if (content.Count > 0)
            {
                pending.Add(content);
                if (!hasStandard && IsValue(content[^1]))
                {
                    Close(drafts, pending, [], level1, level2, first);
                }
            }
        }

        return drafts;
    }

    private static void Close(List<Draft> drafts, List<List<string>> pending, List<string> content, string level1, string level2, int first)
    {
        if (content.Count > 0)
        {
            pending.Add([.. content]);
            content.Clear();
        }

        if (pending.Count > 0)
        {
            drafts.Add(new Draft(level1, level2, [.. pending], first));
            pending.Clear();
        }
    }

    /// <summary>Splits a row's words into 指标内容 (first) and 指标值 (last cell).</summary>
    private static Indicator? Build(Draft draft, int width)
    {
        var lines = draft.Lines;
        int targetLine, targetWord;
        if (lines[^1].Count >= 2)
        {
            (targetLine, targetWord) = (lines.Count - 1, lines[^1].Count - 1);
        }
        else
        {
            (targetLine, targetWord) = (lines.Count - 1, 0);
            // The value continues back over lines that were full; a value's own start (≥, a digit) stops it.
            while (targetLine > 0 && !IsValue(lines[targetLine][0]) && Width(lines[targetLine - 1][^1]) >= width - 2)
            {
                targetLine--;
                targetWord = lines[targetLine].Count - 1;
                if (targetWord > 0)
                {
                    break;
                }
            }

            // Nothing left for the name: the name filled its lines exactly and only the last line is the value.
            if (targetLine == 0 && targetWord == 0)
            {
                (targetLine, targetWord) = (lines.Count - 1, 0);
            }
        }

        var name = Join(lines, 0, 0, targetLine, targetWord) + draft.Qualifier;
        var target = Join(lines, targetLine, targetWord, lines.Count, 0);
        if (name.Length == 0)
        {
            (name, target) = (target, "");
        }

        return name.Length == 0 ? null : new Indicator
        {
            Level1 = draft.Level1.Length > 0 ? draft.Level1 : "未标明",
            Level2 = draft.Level2.Length > 0 ? draft.Level2 : null,
            Name = name,
            Target = target.Length > 0 ? target : null,
            SourceLine = draft.SourceLine,
        };
    }

    /// <summary>Words from (line, word) up to but not including (endLine, endWord): a wrapped line joins without a space.</summary>
    private static string Join(List<List<string>> lines, int line, int word, int endLine, int endWord)
    {
        var parts = new List<string>();
        for (var l = line; l < lines.Count && (l < endLine || (l == endLine && endWord > 0)); l++)
        {
            var from = l == line ? word : 0;
            var to = l == endLine ? endWord : lines[l].Count;
            if (to > from)
            {
                parts.Add(string.Join(' ', lines[l].Skip(from).Take(to - from)));
            }
        }

        return string.Concat(parts);
    }

    private static bool IsValue(string word) => word.Length > 0 && (char.IsAsciiDigit(word[0]) || "≥≤≦≧＞＜><=≈±".Contains(word[0], StringComparison.Ordinal));

    // Display width: a CJK character takes two columns, so a full line has the same width whatever it holds.
    private static int Width(string word) => word.Length + Cell.Wide(word);

    [GeneratedRegex(@"^[\u4e00-\u9fff]{2}标准$")]
    private static partial Regex Standard();

    [GeneratedRegex(@"^[（(][^）)]{1,8}[）)]$")]
    private static partial Regex Qualifier();
}
