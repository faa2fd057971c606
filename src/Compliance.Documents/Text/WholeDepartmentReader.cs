using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// Reads the 部门整体支出绩效目标(申报)表 into a <see cref="Project"/> flagged WholeDepartment: the
/// department's current-year budget (收入构成 合计) and its indicators by 一级 / 二级 指标, which the table
/// prints with blank cells meaning "same as the row above".
/// </summary>
internal static class WholeDepartmentReader
{
    // Prefixes, so both 产出指标 and the short 产出 some templates print are recognised.
    private static readonly string[] Level1Words = ["产出", "效益", "满意度", "成本"];

    public static List<Project> Read(IReadOnlyList<SourceLine> lines, ISet<int> claimed) =>
        TitledBlocks.Read(
            lines,
            claimed,
            isTitle: l => !claimed.Contains(l.Number) && !l.Tabbed && l.Text.Trim() is { Length: <= 60 } t
                && t.Contains("整体支出绩效目标", StringComparison.Ordinal) && !t.Contains("自评", StringComparison.Ordinal) && t.EndsWith('表'),
            // The table ends at 备注 or at the next table's title (项目支出绩效目标表, …申报表).
            endsBefore: l => l.Text.TrimStart().StartsWith("备注", StringComparison.Ordinal) || (l.IsSingleText && l.Text.Trim().EndsWith('表')),
            maxLines: 150,
            // A table of contents names the table too; the table itself starts with 部门名称.
            isTable: block => SelfEvaluationReader.ValueAfter(block.Where(l => !l.IsBlank).Take(8), "部门名称") is not null,
            read: ReadBlock);

    private static Project ReadBlock(SourceLine title, List<SourceLine> block)
    {
        var name = SelfEvaluationReader.ValueAfter(block, "部门名称") ?? title.Text.Trim();
        // The first 合计 is the income total (收入构成), which equals the year's budget.
        var total = block.Select(l => l.Filled.ToList()).Where(f => f.Any(c => Names.Key(c.Text) == "合计"))
            .Select(f => f.SkipWhile(c => Names.Key(c.Text) != "合计").Skip(1).FirstOrDefault(c => c.IsNumber)?.Amount).FirstOrDefault(v => v is not null)
            ?? BudgetAfterLabel(block);
        return new Project
        {
            Name = name,
            WholeDepartment = true,
            CurrentYearBudget = total,
            Indicators = block.Any(l => l.Tabbed) ? Indicators(block) : SpacedIndicators(block),
            SourceLine = title.Number,
        };
    }

    /// <summary>Templates without a 收入构成 block print the budget beside a label: 年度预算, 当年预算, 预算总额.</summary>
    private static decimal? BudgetAfterLabel(List<SourceLine> block)
    {
        foreach (var label in new[] { "年度预算", "当年预算", "预算总额", "年度资金总额" })
        {
            if (SelfEvaluationReader.ValueAfter(block, label) is { } text && Amounts.TryParse(text, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Space-aligned tables (pdftotext -layout): cells placed under their headers, so a blank 指标值 stays blank.</summary>
    private static List<Indicator> SpacedIndicators(List<SourceLine> block)
    {
        var result = new List<Indicator>();
        IndicatorGrid? grid = null;
        string level1 = "", level2 = "";
        foreach (var line in block)
        {
            if (IndicatorGrid.Of(line) is { } header && line.Text.Contains("一级", StringComparison.Ordinal))
            {
                grid = header;
                continue;
            }

            if (grid is null)
            {
                continue;
            }

            var cells = grid.Read(line);
            level1 = cells[IndicatorField.Level1] is { } l1 && Level1Words.Any(w => l1.StartsWith(w, StringComparison.Ordinal)) ? l1 : level1;
            level2 = cells[IndicatorField.Level2] ?? level2;
            if (cells[IndicatorField.Name] is not { } name || level1.Length == 0)
            {
                continue;
            }

            result.Add(new Indicator
            {
                Level1 = Names.Key(level1).Replace("指标", "", StringComparison.Ordinal),
                Level2 = Names.Key(level2),
                Name = name,
                Target = cells[IndicatorField.Target],
                Weight = cells.Amount(IndicatorField.Weight),
                SourceLine = line.Number,
            });
        }

        return result;
    }

    private static List<Indicator> Indicators(List<SourceLine> block)
    {
        var result = new List<Indicator>();
        string level1 = "", level2 = "";
        foreach (var line in block.Where(l => l.Tabbed))
        {
            var cells = line.Cells.Select(c => c.Text.Trim()).ToList();
            var first = cells.FindIndex(c => c.Length > 0);
            if (first < 0 || cells.Count < 4)
            {
                continue;
            }

            var at = Level1Words.Any(w => cells[first].StartsWith(w, StringComparison.Ordinal)) ? first : -1;
            if (at < 0 && (first < 2 || level1.Length == 0 || cells[0].Length > 0))
            {
                continue;
            }

            // Columns: (label), 一级, 二级, 指标名称, 指标值 …, 绩效标准; a blank 一级 / 二级 repeats the row above.
            var level1Cell = at >= 0 ? at : 1;
            level1 = cells[level1Cell].Length > 0 ? cells[level1Cell] : level1;
            level2 = cells.Count > level1Cell + 1 && cells[level1Cell + 1].Length > 0 ? cells[level1Cell + 1] : level2;
            var values = cells.Skip(level1Cell + 2).Where(c => c.Length > 0).ToList();
            // Sub-header rows (近两年指标值 / 2018 年 2019 年) repeat under every 年度指标.
            if (values.Count < 2 || level1.Contains("一级", StringComparison.Ordinal) || values[0].Contains("指标值", StringComparison.Ordinal)
                || values[0].TrimEnd('年', ' ').All(char.IsAsciiDigit))
            {
                continue;
            }

            result.Add(new Indicator
            {
                Level1 = Names.Key(level1).Replace("指标", "", StringComparison.Ordinal),
                Level2 = Names.Key(level2),
                Name = values[0],
                Target = values.Count >= 3 ? values[^2] : values[^1],
                SourceLine = line.Number,
            });
        }

        return result;
    }
}
