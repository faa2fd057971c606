using System.Globalization;
using System.Text;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation.Text;

/// <summary>
/// Renders a canonical document as the text of a published disclosure: cover, 部门概况 with head counts,
/// the standard tables, the 情况说明 from the claims, the vehicles held, and the performance tables.
/// Parts are opened by "第…部分" headings because that is where disclosure readers end a table or a project block.
/// </summary>
internal static class DisclosureTextRenderer
{
    public static string Render(Document document, TextLayout layout)
    {
        var info = document.Info;
        var d = info.Department;
        var y = info.Year;
        var final = info.Kind == DocumentKind.FinalAccounts;
        var title = final ? $"{d}{y}年度部门决算" : $"{d}{y}年部门预算";
        var text = new StringBuilder();
        void Line(string s = "") => text.Append(s).Append('\n');
        void Block(IEnumerable<string> lines)
        {
            foreach (var l in lines)
            {
                Line(l);
            }

            Line();
        }

        Line(title);
        Line();
        Line($"第一部分 {d}概况");
        Line();
        Line("一、部门基本情况");
        if (Staff(document) is { Length: > 0 } staff)
        {
            Line($"{d}{staff}。");
        }

        Line();
        Line($"第二部分 {title}表");
        Line();
        foreach (var table in document.Tables)
        {
            Block(TableText.Lines(table, d, layout));
        }

        Line($"第三部分 {title}情况说明");
        Line();
        Block(NarrativeText.Lines(document.Claims));
        if (document.Fact("vehicles") is { Value: { } vehicles })
        {
            Line("国有资产占用情况");
            Line(string.Create(CultureInfo.InvariantCulture, $"截至{y}年12月31日，{d}共有车辆 {vehicles} 辆。"));
            Line();
        }

        Line($"第四部分 {(final ? "绩效自评情况" : "绩效目标")}");
        Line();
        foreach (var project in document.Projects.Where(p => p.WholeDepartment))
        {
            Block(PerformanceText.WholeDepartment(project, y, d, layout));
        }

        foreach (var project in document.Projects.Where(p => !p.WholeDepartment))
        {
            Block(PerformanceText.Project(project, y, layout));
        }

        // Self-evaluations come after a part heading: a project block runs until the next heading or 项目名称.
        if (document.SelfEvaluations.Count > 0)
        {
            Line("第五部分 绩效自评表");
            Line();
            foreach (var evaluation in document.SelfEvaluations)
            {
                Block(PerformanceText.SelfEvaluation(evaluation, y, d, layout));
            }
        }

        return text.ToString();
    }

    private static string Staff(Document document)
    {
        var parts = new List<string>();
        if (document.Fact("staff.authorized") is { Value: { } authorized })
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"编制人数 {authorized} 人"));
        }

        if (document.Fact("staff.actual") is { Value: { } actual })
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"在职实有人数 {actual} 人"));
        }

        return string.Join("，", parts);
    }
}
