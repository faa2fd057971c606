using System.Globalization;
using System.Text;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Cli.Output;

/// <summary>Plain-text and Markdown renderings of a check result for people at a terminal.</summary>
internal static class FindingsText
{
    public static string Text(CheckResult result)
    {
        var sb = new StringBuilder();
        var d = result.Document;
        sb.AppendLine(CultureInfo.InvariantCulture, $"{d.Department} {d.Year} 年{KindName(d.Kind)}（{d.SourceFile}）");
        sb.AppendLine(CultureInfo.InvariantCulture, $"错误 {result.Count(Severity.Error)} · 警告 {result.Count(Severity.Warning)} · 提示 {result.Count(Severity.Info)}");
        foreach (var f in result.Findings)
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"[{SeverityName(f.Severity)}] {f.RuleId}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {f.Message}");
            if (Where(f.Location) is { Length: > 0 } where)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  位置: {where}");
            }

            if (f.Related is { } related && Where(related) is { Length: > 0 } other)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  对照: {other}");
            }

            if (f.Fix is not null)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  修改: {f.Fix}");
            }
        }

        return sb.ToString();
    }

    public static string Markdown(CheckResult result)
    {
        var sb = new StringBuilder();
        var d = result.Document;
        sb.AppendLine(CultureInfo.InvariantCulture, $"# {Escape(d.Department)} {d.Year} 年{KindName(d.Kind)} 审核结果");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"文件 `{Escape(d.SourceFile ?? "")}` · 规则集 {string.Join("，", result.RuleSets.Select(s => $"{s.Name} ({s.Version[..Math.Min(s.Version.Length, 19)]})"))}");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"**错误 {result.Count(Severity.Error)} · 警告 {result.Count(Severity.Warning)} · 提示 {result.Count(Severity.Info)}**");
        sb.AppendLine();
        if (result.Findings.Count == 0)
        {
            sb.AppendLine("未发现问题。");
            return sb.ToString();
        }

        sb.AppendLine("| 级别 | 规则 | 问题 | 填报数 | 计算数 | 位置 | 修改建议 |");
        sb.AppendLine("|---|---|---|---:|---:|---|---|");
        foreach (var f in result.Findings)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {SeverityName(f.Severity)} | {f.RuleId} | {Escape(f.Message)} | {Number(f.Stated)} | {Number(f.Computed)} | {Escape(Where(f.Location) + (f.Related is { } r ? " ↔ " + Where(r) : ""))} | {Escape(f.Fix ?? "")} |");
        }

        return sb.ToString();
    }

    private static string Where(Location l)
    {
        var parts = new[] { l.Document, l.Table, l.Row, l.Column, l.Cell is { } c ? $"单元格 {c}" : null, l.Line is { } n ? $"第 {n} 行" : null, l.Excerpt is { } e ? $"“{e}”" : null };
        return string.Join(" / ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string Number(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string KindName(Documents.Model.DocumentKind kind) =>
        kind == Documents.Model.DocumentKind.Budget ? "部门预算" : "部门决算";

    private static string SeverityName(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
