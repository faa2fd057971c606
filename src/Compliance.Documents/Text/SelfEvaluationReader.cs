using System.Text.RegularExpressions;
using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>Reads 绩效自评表 blocks: subject, budget (A), executed (B), rate, score and indicators.</summary>
internal static partial class SelfEvaluationReader
{
    public static List<SelfEvaluation> Read(IReadOnlyList<SourceLine> lines, ISet<int> claimed) =>
        TitledBlocks.Read(
            lines,
            claimed,
            isTitle: l => !l.Tabbed && l.Text.Trim() is { Length: <= 60 } t && t.EndsWith("自评表", StringComparison.Ordinal),
            endsBefore: l => l.Text.TrimStart().StartsWith("备注", StringComparison.Ordinal)
                || l.Text.TrimStart().StartsWith("附件", StringComparison.Ordinal)
                || (l.Text.Trim().EndsWith("自评表", StringComparison.Ordinal) && !l.Tabbed),
            maxLines: 80,
            isTable: block => block.Any(l => l.Text.Contains("执行数", StringComparison.Ordinal)),
            read: ReadBlock);

    private static SelfEvaluation ReadBlock(SourceLine title, List<SourceLine> block)
    {
        var whole = title.Text.Contains("整体", StringComparison.Ordinal);
        var subject = ValueAfter(block, whole ? "单位名称" : "项目名称") ?? title.Text.Trim();
        decimal? budget = null, executed = null, rate = null, score = null, weight = null;
        var executionHeader = block.FindIndex(l => l.Text.Contains("执行数", StringComparison.Ordinal) && l.Text.Contains("预算数", StringComparison.Ordinal));
        if (executionHeader >= 0)
        {
            var w = Weight().Match(block[executionHeader].Text);
            weight = w.Success ? Amounts.Parse(w.Groups["v"].Value) : null;
            var row = block.Skip(executionHeader + 1).FirstOrDefault(l => l.Filled.Count(c => c.IsNumber) >= 2);
            if (row is not null)
            {
                var numbers = row.Filled.Where(c => c.IsNumber).ToList();
                budget = numbers[0].Amount;
                executed = numbers[1].Amount;
                rate = row.Filled.Select(c => Amounts.Percent(c.Text)).FirstOrDefault(p => p is not null);
                score = numbers.Count > 2 ? numbers[^1].Amount : null;
            }
        }

        var indicators = Indicators(block);
        return new SelfEvaluation
        {
            Subject = subject,
            WholeDepartment = whole,
            Budget = budget,
            Executed = executed,
            StatedRate = rate,
            Weight = weight,
            Score = score,
            TotalScore = TotalScore(block),
            Indicators = indicators,
            Explanation = Explanation(block),
            SourceLine = title.Number,
        };
    }

    private static decimal? TotalScore(List<SourceLine> block)
    {
        var line = block.FirstOrDefault(l => (l.First?.Text ?? "").StartsWith("总分", StringComparison.Ordinal));
        var t = line?.Filled.Skip(1).Select(c => Leading().Match(c.Text)).FirstOrDefault(m => m.Success);
        return t is null ? null : Amounts.Parse(t.Value);
    }

    private static List<Indicator> Indicators(List<SourceLine> block)
    {
        var indicators = new List<Indicator>();
        var header = block.FindIndex(l => l.Text.Contains("一级", StringComparison.Ordinal) && l.Text.Contains("三级", StringComparison.Ordinal));
        var grid = header >= 0 ? IndicatorGrid.Of(block[header]) : null;
        if (grid is null)
        {
            return indicators;
        }

        grid.NameAfter(IndicatorField.Actual, IndicatorField.Score);
        string level1 = "", level2 = "";
        foreach (var line in block.Skip(header + 1))
        {
            var first = line.First?.Text ?? "";
            if (first.StartsWith("总分", StringComparison.Ordinal) || first.StartsWith("偏差", StringComparison.Ordinal))
            {
                break;
            }

            var cells = grid.Read(line);
            if (cells[IndicatorField.Level1] is { } l1 && IsLevel1(l1))
            {
                level1 = Names.Key(Parenthesised().Replace(l1, ""));
                level2 = "";
            }

            var name = cells[IndicatorField.Name];
            var valued = cells[IndicatorField.Target] is not null || cells[IndicatorField.Actual] is not null || cells[IndicatorField.Score] is not null;
            if (cells[IndicatorField.Level2] is { } promoted && IsLevel1(promoted) && !Names.Key(promoted).StartsWith("成本", StringComparison.Ordinal))
            {
                // A 一级 name printed in the 二级 column of a row that lost its first cell ("满意度指标 (10分)").
                level1 = Names.Key(Parenthesised().Replace(promoted, ""));
                level2 = "";
            }
            else if (cells[IndicatorField.Level2] is { } l2)
            {
                // A 二级 name wrapped onto a line of its own ("可持续" / "影响指标") continues the one above.
                level2 = name is null && !valued && level2.Length > 0 ? level2 + Names.Key(l2) : Names.Key(l2);
            }

            if (name is null || !valued)
            {
                continue;
            }

            indicators.Add(new Indicator
            {
                Level1 = level1.Length > 0 ? level1 : "未标明",
                Level2 = level2.Length > 0 ? level2 : null,
                Name = name,
                Target = cells[IndicatorField.Target],
                Actual = cells[IndicatorField.Actual],
                Weight = cells.Amount(IndicatorField.Weight),
                Score = cells.Amount(IndicatorField.Score),
                SourceLine = line.Number,
            });
        }

        return indicators;
    }

    /// <summary>
    /// The 偏差原因分析 and 改进措施 rows: rules need to know whether a low execution rate or an unmet target is
    /// explained. A bare "无" is no explanation.
    /// </summary>
    private static string? Explanation(List<SourceLine> block)
    {
        var parts = new List<string>();
        foreach (var line in block)
        {
            var cells = line.Filled;
            if (cells.Count < 2)
            {
                continue;
            }

            var label = Names.Key(cells[0].Text);
            if (!label.StartsWith("偏差", StringComparison.Ordinal) && !label.Contains("原因分析", StringComparison.Ordinal)
                && !label.StartsWith("改进措施", StringComparison.Ordinal))
            {
                continue;
            }

            var text = string.Concat(cells.Skip(1).Where(c => c.IsText).Select(c => c.Text.Trim()));
            if (text.Length >= 4)
            {
                parts.Add(text);
            }
        }

        return parts.Count > 0 ? string.Join("；", parts) : null;
    }

    private static bool IsLevel1(string s)
    {
        var key = Names.Key(s);
        return key.StartsWith("产出", StringComparison.Ordinal) || key.StartsWith("效益指标", StringComparison.Ordinal) || key == "效益"
            || key.StartsWith("满意度", StringComparison.Ordinal) || key.StartsWith("成本指标", StringComparison.Ordinal) && !key.Contains("增加", StringComparison.Ordinal);
    }

    public static string? ValueAfter(IEnumerable<SourceLine> block, string label)
    {
        foreach (var line in block)
        {
            var filled = line.Filled.ToList();
            var at = filled.FindIndex(c => Names.Key(c.Text) == label);
            if (at >= 0 && at + 1 < filled.Count)
            {
                return filled[at + 1].Text;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\((?<v>\d+)\s*分\)|（(?<v>\d+)\s*分）")]
    private static partial Regex Weight();

    [GeneratedRegex(@"^\d+(\.\d+)?")]
    private static partial Regex Leading();

    [GeneratedRegex(@"[(（][^)）]*[)）]")]
    private static partial Regex Parenthesised();
}
