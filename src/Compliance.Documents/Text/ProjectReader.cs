using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// Reads project tables (项目申报表 / 项目支出绩效目标表): name, total and current-year budget,
/// expenditure lines, procurement lines and indicators.
/// </summary>
internal static class ProjectReader
{
    public static List<Project> Read(IReadOnlyList<SourceLine> lines, ISet<int> claimed)
    {
        var result = new List<Project>();
        for (var i = 0; i < lines.Count; i++)
        {
            // A key only drops characters, so a cell without 称 cannot key to 项目名称: most lines need no key built.
            var first = lines[i].First;
            if (claimed.Contains(lines[i].Number) || first is null || !first.Text.Contains('称', StringComparison.Ordinal)
                || Names.Key(first.Text) != "项目名称" || lines[i].Filled.Count < 2)
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && end - i < 150 && !EndsProject(lines[end]))
            {
                end++;
            }

            var block = lines.Skip(i).Take(end - i).ToList();
            result.Add(ReadBlock(lines, i, block));
            foreach (var line in block)
            {
                claimed.Add(line.Number);
            }

            i = end - 1;
        }

        return result;
    }

    private static bool EndsProject(SourceLine line)
    {
        var text = line.Text.Trim();
        return (text.StartsWith('第') && text.Contains("部分", StringComparison.Ordinal))
            || (line.First is { } f && f.Text.Contains('称', StringComparison.Ordinal) && Names.Key(f.Text) == "项目名称");
    }

    private static Project ReadBlock(IReadOnlyList<SourceLine> lines, int start, List<SourceLine> block)
    {
        var name = SelfEvaluationReader.ValueAfter(block, "项目名称") ?? "";
        decimal? total = null, current = null;
        foreach (var line in block)
        {
            var filled = line.Filled.ToList();
            for (var k = 0; k + 1 < filled.Count; k++)
            {
                var label = Names.Key(filled[k].Text);
                if (label.Contains("总预算", StringComparison.Ordinal) || label == "项目总额")
                {
                    total ??= filled[k + 1].Amount;
                }
                else if (label.Contains("当年预算", StringComparison.Ordinal) || label.Contains("年度资金", StringComparison.Ordinal))
                {
                    current ??= filled[k + 1].Amount;
                }
            }
        }

        var expenditure = Lines(block, "经济科目", l => l.Filled[0].Text.StartsWith("--", StringComparison.Ordinal) || l.Text.Trim() == "项目采购");
        var procurement = Lines(block, "采购品名", l => l.Text.Contains("绩效", StringComparison.Ordinal) && l.IsSingleText);
        return new Project
        {
            Name = name,
            TotalBudget = total,
            CurrentYearBudget = current,
            Unit = UnitBefore(lines, start, current ?? total),
            ExpenditureLines = expenditure,
            ProcurementLines = procurement,
            Indicators = Indicators(block),
            SourceLine = block[0].Number,
        };
    }

    /// <summary>The unit stated above a project table (单位：万元), corrected when the amounts cannot be in that unit.</summary>
    public static string UnitBefore(IReadOnlyList<SourceLine> lines, int start, decimal? amount)
    {
        var stated = lines.Take(start).Reverse().Take(30).Select(l => TableSegmenter.UnitOf(l.Text)).FirstOrDefault(u => u is not null) ?? Units.TenThousandYuan;
        // A district project of more than 10 亿 万元 is not plausible: the figures are in 元 whatever the header says.
        return stated == Units.TenThousandYuan && (amount ?? 0) >= 1_000_000m ? Units.Yuan : stated;
    }

    private static List<AmountLine> Lines(List<SourceLine> block, string headerLabel, Func<SourceLine, bool> stop)
    {
        var result = new List<AmountLine>();
        var at = block.FindIndex(l => l.First is { } f && Names.Key(f.Text) == headerLabel);
        if (at < 0)
        {
            return result;
        }

        foreach (var line in block.Skip(at + 1))
        {
            var filled = line.Filled.ToList();
            if (filled.Count == 0)
            {
                continue;
            }

            if (stop(line) || filled.Count < 2)
            {
                if (filled[0].IsText && filled.Count == 1 && !line.Tabbed)
                {
                    break;
                }

                if (stop(line))
                {
                    break;
                }

                continue;
            }

            if (!filled[0].IsText || !filled.Skip(1).Any(c => c.IsNumber))
            {
                continue;
            }

            var amount = headerLabel == "采购品名" ? filled.Last(c => c.IsNumber).Amount : filled[1].Amount;
            result.Add(new AmountLine { Name = filled[0].Text, Amount = amount, SourceLine = line.Number });
        }

        return result;
    }

    private static List<Indicator> Indicators(List<SourceLine> block)
    {
        var result = new List<Indicator>();
        var header = block.FindIndex(l => l.Text.Contains("一级指标", StringComparison.Ordinal) && l.Text.Contains("二级指标", StringComparison.Ordinal));
        if (header < 0)
        {
            return result;
        }

        var grid = IndicatorGrid.Of(block[header]);
        if (grid is null)
        {
            return result;
        }

        foreach (var line in block.Skip(header + 1))
        {
            var cells = grid.Read(line);
            if ((cells[IndicatorField.Goal] ?? cells[IndicatorField.Name]) is not { } name || cells[IndicatorField.Level1] is not { } level1)
            {
                continue;
            }

            result.Add(new Indicator
            {
                Name = name,
                Level1 = Names.Key(level1),
                Level2 = cells[IndicatorField.Level2] is { } level2 ? Names.Key(level2) : null,
                Target = cells[IndicatorField.Target],
                Weight = cells.Amount(IndicatorField.Weight),
                SourceLine = line.Number,
            });
        }

        return result;
    }
}
