using System.Text.RegularExpressions;
using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// Reads project performance-target tables (项目绩效目标申报表 / 项目支出绩效目标表) whose extraction lost the
/// cell boundaries: each cell is printed as its own run of words, labels and values are one space apart, and
/// a long cell wraps onto the following lines ("项目当年预" / "算" / "481.7400"). The tabbed and aligned
/// layouts are <see cref="ProjectReader"/>'s; this reader takes the 项目名称 lines it left unclaimed.
/// </summary>
internal static partial class WrappedProjectReader
{
    // Labels as the templates print them, compared after joining the wrapped pieces.
    private static readonly string[] TotalLabels = ["项目总预算", "项目总额", "项目总金额", "总预算", "项目资金总额"];
    private static readonly string[] CurrentLabels = ["项目当年预算", "当年预算", "本年预算", "项目本年预算", "年度资金总额", "年度预算", "项目年度预算"];
    private static readonly string[] CodeLabels = ["项目编码", "项目代码", "项目编号"];

    // A wrapped label is at most a few lines long; joining further back would pick up unrelated cells.
    private const int LabelPieces = 3;

    // The longest table seen runs to about 250 lines with its blank lines; stop well before running into prose.
    private const int MaxBlockLines = 400;

    public static List<Project> Read(IReadOnlyList<SourceLine> lines, ISet<int> claimed)
    {
        var result = new List<Project>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!StartsProject(lines[i], claimed))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && end - i < MaxBlockLines && !EndsBlock(lines[end], claimed))
            {
                end++;
            }

            var block = lines.Skip(i).Take(end - i).ToList();
            var project = ReadBlock(lines, i, block);
            // A 项目名称 line alone is not a table: a performance table has its budget or its indicators.
            if (project.TotalBudget is null && project.CurrentYearBudget is null && project.Indicators.Count == 0)
            {
                continue;
            }

            result.Add(project);
            foreach (var line in TitleAbove(lines, i, claimed).Concat(block))
            {
                claimed.Add(line.Number);
            }

            i = end - 1;
        }

        return result;
    }

    private static bool StartsProject(SourceLine line, ISet<int> claimed) => !claimed.Contains(line.Number) && IsNameLabel(line);

    // One cell: the label and the name one space apart, or the label alone; aligned layouts split them into two.
    // Asked of every line: a key only drops characters, so a line without 称 needs no key built.
    private static bool IsNameLabel(SourceLine line) =>
        !line.Tabbed && line.Filled.Count == 1 && line.Text.Contains('称', StringComparison.Ordinal)
        && Names.Key(line.Text).StartsWith("项目名称", StringComparison.Ordinal);

    private static bool EndsBlock(SourceLine line, ISet<int> claimed)
    {
        var text = line.Text.Trim();
        return claimed.Contains(line.Number) || line.Tabbed || IsNameLabel(line)
            || (text.StartsWith('第') && text.Contains("部分", StringComparison.Ordinal))
            || ChineseHeading().IsMatch(text);
    }

    /// <summary>The table's title, 年度 and 填报日期 lines printed just above 项目名称 belong to the table, not the narrative.</summary>
    private static IEnumerable<SourceLine> TitleAbove(IReadOnlyList<SourceLine> lines, int start, ISet<int> claimed)
    {
        for (var k = start - 1; k >= 0 && start - k <= 8 && !claimed.Contains(lines[k].Number); k--)
        {
            var text = lines[k].Text.Trim();
            if (lines[k].IsBlank)
            {
                continue;
            }

            if (!(text.EndsWith('表') || text.Contains("申报表", StringComparison.Ordinal) || text.StartsWith("填报", StringComparison.Ordinal) || YearOnly().IsMatch(text)))
            {
                yield break;
            }

            yield return lines[k];
        }
    }

    private static Project ReadBlock(IReadOnlyList<SourceLine> lines, int start, List<SourceLine> block)
    {
        // The key starts with 项目名称, so the first 称 closes the label even when it is printed "项目 名称".
        var label = block[0].Text.Trim();
        var name = label[(label.IndexOf('称', StringComparison.Ordinal) + 1)..].Trim(' ', ':', '：');
        if (name.Length == 0)
        {
            // The label alone on its line: the name is the next printed line.
            name = block.Skip(1).FirstOrDefault(l => !l.IsBlank)?.Text.Trim() ?? "";
        }

        var tokens = block.SelectMany(l => Token().Matches(l.Text).Select(m => m.Value)).ToList();
        var total = AmountAfter(tokens, TotalLabels);
        var current = AmountAfter(tokens, CurrentLabels);
        return new Project
        {
            Name = name,
            Code = CodeAfter(block),
            TotalBudget = total,
            CurrentYearBudget = current,
            Unit = ProjectReader.UnitBefore(lines, start, current ?? total),
            Indicators = WrappedIndicators.Read(block),
            SourceLine = block[0].Number,
        };
    }

    /// <summary>The first amount printed right after one of the labels, the label possibly wrapped over several lines.</summary>
    private static decimal? AmountAfter(List<string> tokens, string[] labels)
    {
        for (var k = 1; k < tokens.Count; k++)
        {
            if (Amounts.Parse(tokens[k]) is not { } amount)
            {
                continue;
            }

            var label = "";
            for (var back = k - 1; back >= 0 && k - back <= LabelPieces && Amounts.Parse(tokens[back]) is null; back--)
            {
                label = Names.Key(tokens[back]) + label;
                if (labels.Contains(label, StringComparer.Ordinal))
                {
                    return amount;
                }
            }
        }

        return null;
    }

    private static string? CodeAfter(List<SourceLine> block)
    {
        foreach (var words in block.Select(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            for (var k = 0; k + 1 < words.Length; k++)
            {
                if (CodeLabels.Contains(Names.Key(words[k]), StringComparer.Ordinal) && words[k + 1].Any(char.IsAsciiDigit))
                {
                    return words[k + 1];
                }
            }
        }

        return null;
    }

    // Numbers apart from the words around them: "项目总预算481.74" prints the amount against its label.
    [GeneratedRegex(@"-?\d[\d,]*(?:\.\d+)?|[^\s\d]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[（(]\d{4}\s*年度?[）)]$")]
    private static partial Regex YearOnly();

    // A top-level heading of the narrative ("四、名词解释") ends the tables; cells never start that way.
    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex ChineseHeading();
}
