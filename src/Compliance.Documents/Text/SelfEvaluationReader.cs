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
        decimal? budget = null, executed = null, rate = null, score = null, weight = null, total = null;
        var indicators = new List<Indicator>();
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

        string level1 = "", level2 = "";
        var inIndicators = false;
        foreach (var line in block)
        {
            var first = line.First?.Text ?? "";
            if (first.StartsWith("总分", StringComparison.Ordinal))
            {
                var t = line.Filled.Skip(1).Select(c => Leading().Match(c.Text)).FirstOrDefault(m => m.Success);
                total = t is null ? null : Amounts.Parse(t.Value);
                inIndicators = false;
                continue;
            }

            if (line.Text.Contains("一级", StringComparison.Ordinal) && line.Text.Contains("三级", StringComparison.Ordinal))
            {
                inIndicators = true;
                continue;
            }

            if (!inIndicators || !line.Tabbed || first.StartsWith("年度绩效目标", StringComparison.Ordinal) || first.StartsWith("偏差", StringComparison.Ordinal))
            {
                inIndicators = inIndicators && !first.StartsWith("偏差", StringComparison.Ordinal);
                continue;
            }

            var cells = line.Cells.Skip(1).Select(c => c.Text).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            decimal? itemScore = null;
            if (cells.Count > 0 && Amounts.TryParse(cells[^1], out var s) && cells.Count >= 5)
            {
                itemScore = s;
                cells.RemoveAt(cells.Count - 1);
            }

            var filled = cells.Where(c => c.Length > 0).ToList();
            if (filled.Count < 3)
            {
                continue;
            }

            var actual = filled[^1];
            var target = filled[^2];
            var name = filled[^3];
            var levels = filled.Take(filled.Count - 3).ToList();
            foreach (var level in levels)
            {
                if (IsLevel1(level))
                {
                    level1 = Names.Key(Parenthesised().Replace(level, ""));
                    level2 = "";
                }
                else
                {
                    level2 = Names.Key(level);
                }
            }

            indicators.Add(new Indicator
            {
                Level1 = level1.Length > 0 ? level1 : "未标明",
                Level2 = level2.Length > 0 ? level2 : null,
                Name = name,
                Target = target,
                Actual = actual,
                Score = itemScore,
                SourceLine = line.Number,
            });
        }

        return new SelfEvaluation
        {
            Subject = subject,
            WholeDepartment = whole,
            Budget = budget,
            Executed = executed,
            StatedRate = rate,
            Weight = weight,
            Score = score,
            TotalScore = total,
            Indicators = indicators,
            Explanation = Explanation(block),
            SourceLine = title.Number,
        };
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
