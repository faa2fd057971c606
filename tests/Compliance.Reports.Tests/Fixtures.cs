using Compliance.Documents.Model;
using Compliance.Reports.Digest;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Reports.Tests;

/// <summary>Fixed inputs for the golden files: a submission like seed 003's findings, and a few weeks of checks.</summary>
internal static class Fixtures
{
    public const string Hostile = "<script>alert(\"x\")</script>\"' & <img src=x onerror=alert(1)>";

    public static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 30, 0, TimeSpan.FromHours(8));

    public static CheckResult Submission(string department = "武汉市东西湖区大数据中心") => new(
        new DocumentInfo { Department = department, Year = 2020, Kind = DocumentKind.FinalAccounts, SourceFile = "003_85eec20c42472130.txt" },
        [("execution-rate", "sha256:bed0ec81dbf25b4739e263e0adea13293728efe39b7c468150ebe09635a97927"),
         ("narrative", "sha256:1ba70dc2b5b81f062f5be8568c257c956e14a0c0b066501ad8129b830c07e253"),
         ("totals", "sha256:527e78463e85554f96dd0ab3555ae767ca540abe55956a08a10cc2df93a4a9b0")],
        [
            new Finding
            {
                RuleId = "execution-rate.self-evaluation.stated-rate", RuleSet = "execution-rate", Severity = Severity.Error,
                Message = "绩效自评表“党建工妇青经费”执行率 30% ≠ 执行数 0.19 ÷ 预算数 0.50 = 38.00%",
                Stated = 30m, Computed = 38.00m, Location = new Location { Row = "党建工妇青经费", Line = 716 },
                Fix = "执行率应等于全年执行数除以全年预算数，请重新计算，并相应修正执行率得分。",
            },
            new Finding
            {
                RuleId = "narrative.procurement.composition", RuleSet = "narrative", Severity = Severity.Error,
                Message = "政府采购支出总额 186.45 万元 ≠ 货物 162.05 + 工程 0 + 服务 1702.4 = 1864.45 万元",
                Stated = 186.45m, Computed = 1864.45m,
                Location = new Location { Line = 450, Excerpt = "2020年度武汉市东西湖区大数据中心政府采购支出总额186.45万元" },
                Fix = "政府采购支出总额应等于货物、工程、服务三类之和：请核对各类金额（注意小数点位置）并改正。",
            },
            new Finding
            {
                RuleId = "totals.sangong.composition", RuleSet = "totals", Severity = Severity.Error,
                Message = "“三公”经费合计 36.70 ≠ 因公出国（境）费 0 + 公务用车购置及运行费 30.50 + 公务接待费 5.20 = 35.70",
                Stated = 36.70m, Computed = 35.70m,
                Location = new Location { Table = "“三公”经费支出表", Row = "合计", Column = "预算数", Line = 302 },
                Fix = "合计应等于三项之和，请核对各项金额后改正合计或分项。",
            },
            new Finding
            {
                RuleId = "execution-rate.self-evaluation.low", RuleSet = "execution-rate", Severity = Severity.Warning,
                Message = "绩效自评表“武汉市东西湖区大数据中心”执行率 71.52%，低于 90%，未说明原因",
                Computed = 71.52m, Location = new Location { Row = "武汉市东西湖区大数据中心", Line = 479 },
                Fix = "请在“偏差原因分析及改进措施”中说明执行率偏低的原因。",
            },
            new Finding
            {
                RuleId = "execution-rate.self-evaluation.very-low", RuleSet = "execution-rate", Severity = Severity.Warning,
                Message = "绩效自评表“网络传输建设运行费”执行率 41.02%，低于 60%，未说明原因",
                Computed = 41.02m, Location = new Location { Row = "网络传输建设运行费", Line = 561 },
                Fix = "执行率严重偏低：请在“偏差原因分析及改进措施”中说明原因，并评估预算编制是否合理。",
            },
            new Finding
            {
                RuleId = "structure.unit-stated", RuleSet = "structure", Severity = Severity.Info,
                Message = "“项目支出表”未注明金额单位，按文件默认单位万元处理",
                Location = new Location { Table = "项目支出表" },
            },
        ]);

    /// <summary>
    /// Nine weeks up to 2026-W02 (2026-W01 starts 2025-12-29): department A improves, B gets worse, C is clean,
    /// D is checked for the first time in W02.
    /// </summary>
    public static IReadOnlyList<SubmissionResult> Weeks()
    {
        var results = new List<SubmissionResult>();
        var w02 = new IsoWeek(2026, 2).Start;
        for (var i = 8; i >= 0; i--)
        {
            var monday = w02.AddDays(-7 * i);
            results.Add(new(Result("财政局", 2024, DocumentKind.FinalAccounts, Math.Max(1, i), i % 3), monday.AddHours(10)));
            results.Add(new(Result("教育局", 2024, DocumentKind.FinalAccounts, 8 - i, 2), monday.AddDays(2).AddHours(15)));
            results.Add(new(Result("卫生健康委员会", 2025, DocumentKind.Budget, 0, 0), monday.AddDays(3)));
        }

        results.Add(new(Result("规划和自然资源局", 2024, DocumentKind.FinalAccounts, 3, 1, rate: 52.3m), w02.AddDays(4).AddHours(11)));
        return results;
    }

    /// <summary>A check result with <paramref name="errors"/> sum errors (rows 1…n) and <paramref name="warnings"/> low-rate warnings.</summary>
    public static CheckResult Result(string department, int year, DocumentKind kind, int errors, int warnings, decimal rate = 71.52m)
    {
        var findings = new List<Finding>();
        for (var e = 1; e <= errors; e++)
        {
            findings.Add(new Finding
            {
                RuleId = "totals.expenditure.class-sum", RuleSet = "totals", Severity = Severity.Error,
                Message = $"第 {e} 类合计与各款之和不符", Stated = 100m + e, Computed = 100m,
                Location = new Location { Table = "支出决算表", Row = $"20{e}", Column = "合计" },
            });
        }

        for (var w = 1; w <= warnings; w++)
        {
            findings.Add(new Finding
            {
                RuleId = "execution-rate.self-evaluation.low", RuleSet = "execution-rate", Severity = Severity.Warning,
                Message = $"项目 {w} 执行率 {rate}%，低于 90%，未说明原因", Computed = rate - w,
                Location = new Location { Row = $"项目 {w}" },
            });
        }

        return new CheckResult(new DocumentInfo { Department = department, Year = year, Kind = kind, SourceFile = department + ".json" },
            [("totals", "sha256:0000000000000000000000000000000000000000000000000000000000000000")], findings);
    }
}

/// <summary>A clock that always says <see cref="Fixtures.Now"/> (or the given instant).</summary>
internal sealed class FixedClock(DateTimeOffset? now = null) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => (now ?? Fixtures.Now).ToUniversalTime();
}
