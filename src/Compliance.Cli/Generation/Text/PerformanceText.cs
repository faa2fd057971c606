using System.Globalization;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation.Text;

/// <summary>
/// Writes the 部门整体支出绩效目标表, each 项目支出绩效目标表 and each 绩效自评表 in the layouts the Wuhan
/// disclosures use: label/value rows, 经济科目 and 采购品名 lines, then one indicator per row.
/// </summary>
internal static class PerformanceText
{
    public static IEnumerable<string> WholeDepartment(Project p, int year, string department, TextLayout layout)
    {
        yield return $"{year}年部门整体支出绩效目标表";
        yield return "单位：万元";
        var grid = new TextGrid("LLLLLL")
            .Add("部门名称", department)
            .Add("年度预算", N(p.CurrentYearBudget))
            .Add("一级指标", "二级指标", "指标名称", "指标值");
        foreach (var i in p.Indicators)
        {
            grid.Add(i.Level1, i.Level2, i.Name, i.Target);
        }

        foreach (var line in grid.Lines(layout))
        {
            yield return line;
        }
    }

    public static IEnumerable<string> Project(Project p, int year, TextLayout layout)
    {
        yield return $"{year}年项目支出绩效目标表";
        yield return "单位：万元";
        var grid = new TextGrid("LRLRLL")
            .Add("项目名称", p.Name, "项目编码", p.Code)
            .Add("项目总预算", N(p.TotalBudget), "项目当年预算", N(p.CurrentYearBudget));
        if (p.PriorYears is { } prior)
        {
            grid.Add("以前年度已安排", N(prior));
        }

        grid.Add("经济科目", "金额", "测算依据及说明");
        foreach (var line in p.ExpenditureLines)
        {
            grid.Add(line.Name, N(line.Amount), "按实际需要测算");
        }

        grid.Add("--", "--", "--");
        foreach (var line in grid.Lines(layout))
        {
            yield return line;
        }

        if (p.ProcurementLines.Count > 0)
        {
            yield return "项目采购";
            var procurement = new TextGrid("LRR").Add("采购品名", "采购数量", "金额");
            foreach (var line in p.ProcurementLines)
            {
                procurement.Add(line.Name, "1", N(line.Amount));
            }

            foreach (var line in procurement.Lines(layout))
            {
                yield return line;
            }
        }

        yield return "年度绩效目标表";
        var targets = new TextGrid("LLLLLL").Add("目标名称", "一级指标", "二级指标", "指标内容", "指标值", "绩效标准");
        foreach (var i in p.Indicators)
        {
            targets.Add(i.Name, i.Level1, i.Level2, i.Name, i.Target, "");
        }

        foreach (var line in targets.Lines(layout))
        {
            yield return line;
        }
    }

    public static IEnumerable<string> SelfEvaluation(SelfEvaluation e, int year, string department, TextLayout layout)
    {
        var weight = N(e.Weight);
        yield return e.WholeDepartment ? $"{year} 年度{e.Subject}部门整体支出绩效自评表" : $"{year} 年度{e.Subject}项目支出绩效自评表";
        var grid = new TextGrid("LLLLRRR")
            .Add(e.WholeDepartment ? "单位名称" : "项目名称", e.WholeDepartment ? department : e.Subject)
            .Add($"预算执行情况（万元）（{weight}分）", "", "预算数（A）", "执行数（B）", "执行率（B/A）", $"得分（{weight}分*执行率）")
            .Add("", "年度财政资金总额", N(e.Budget), N(e.Executed), e.StatedRate is { } r ? N(r) + "%" : "", N(e.Score))
            .Add("年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分");
        string? level1 = null;
        foreach (var i in e.Indicators)
        {
            grid.Add("", i.Level1 == level1 ? "" : i.Level1, i.Level2, i.Name, i.Target, i.Actual, N(i.Score));
            level1 = i.Level1;
        }

        grid.Add("总分", N(e.TotalScore));
        grid.Add("偏差原因分析及改进措施", e.Explanation ?? "");
        foreach (var line in grid.Lines(layout))
        {
            yield return line;
        }

        yield return "备注：预算数为调整后财政资金总额，执行数为资金使用单位财政资金实际支出数。";
    }

    private static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
