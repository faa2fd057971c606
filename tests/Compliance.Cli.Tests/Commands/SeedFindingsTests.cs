using Compliance.Documents;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Cli.Tests.Commands;

/// <summary>
/// What an auditor finds in the shared real documents, read and checked end to end with the shipped rules.
/// Each expected error was verified by hand against the document; every other figure is consistent, so no
/// other error may appear.
/// </summary>
public class SeedFindingsTests
{
    private static readonly IReadOnlyList<RuleSet> ShippedRules = RuleSetLoader.LoadDirectory(RepoPaths.Rules);

    public static TheoryData<string, string[]> Expected => new()
    {
        {
            "seeds/003_85eec20c42472130.txt",
            [
                // 表外 政府采购: 186.45 ≠ 162.05 + 0 + 1702.4 (a shifted decimal point: 1864.45).
                "narrative.procurement.composition 186.45 1864.45",
                // 党建工妇青经费 self-evaluation: 0.19 ÷ 0.50 = 38%, printed 30%.
                "execution-rate.self-evaluation.stated-rate 30 38.00",
            ]
        },
        {
            "seeds/001_d3a96bfeb8abfd5e.txt",
            [
                // 表九 部门整体支出绩效目标表 prints 占比 100 for 基本支出 207.4 and 项目支出 397 of 604.4.
                "narrative.shares 100 34.32",
                "narrative.shares 100 65.68",
            ]
        },
        {
            "samples/peer/上海市普陀区财政局2024年度部门决算.pdf",
            [
                // "财政拨款收入支出总计0.3万元" where 表四 prints 2961.68.
                "narrative.amounts 0.3 2961.68",
                // 一般公共服务支出 2106.66 ÷ 2940.05 = 71.65%, printed 71.73%.
                "narrative.shares 71.73 71.65",
            ]
        },
        {
            "samples/peer/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf",
            [
                "narrative.shares 99.86 99.87",
                // 人员经费 in the narrative subtracts 公用经费 from the all-funds 基本支出.
                "narrative.amounts 4896.98 4884.09",
            ]
        },
        { "samples/peer/附件2：部门决算模板.pdf", [] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Check_SharedDocument_ReportsExactlyTheErrorsAnAuditorFinds(string relativePath, string[] expected)
    {
        var document = DocumentLoader.Load(Path.Combine(RepoPaths.Shared, relativePath));

        var errors = new RuleEngine().Check(document, ShippedRules).Findings
            .Where(f => f.Severity == Severity.Error)
            .Select(f => $"{f.RuleId} {f.Stated?.ToString(System.Globalization.CultureInfo.InvariantCulture)} {f.Computed?.ToString(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected.Order(StringComparer.Ordinal), errors);
    }

    [Fact]
    public void Check_GrowthOverZeroBase_IsReportedNotComputed()
    {
        var document = DocumentLoader.Load(Path.Combine(RepoPaths.Shared, "samples/peer/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf"));

        var errors = new RuleEngine().Check(document, ShippedRules).Findings.Where(f => f.Severity == Severity.Error).ToList();

        Assert.NotEmpty(errors);
        Assert.All(errors, f =>
        {
            Assert.Equal("narrative.growth", f.RuleId);
            Assert.Null(f.Computed);
            Assert.Contains("增长率无意义", f.Message, StringComparison.Ordinal);
            Assert.NotNull(f.Location.Line);
        });
    }

    [Fact]
    public void Check_BudgetWhoseTablesWereImages_ReportsMissingTablesAndZeroBaseGrowth()
    {
        var document = DocumentLoader.Load(Path.Combine(RepoPaths.Shared, "seeds/000_a26962c5fc85fb3c.txt"));

        var errors = new RuleEngine().Check(document, ShippedRules).Findings.Where(f => f.Severity == Severity.Error).ToList();

        Assert.Equal(8, errors.Count(f => f.RuleId == "structure.budget.tables"));
        Assert.Single(errors, f => f.RuleId == "narrative.growth");
        Assert.Equal(9, errors.Count);
    }

    [Fact]
    public void Check_Seed003_ErrorsPointAtTheirLines()
    {
        var document = DocumentLoader.Load(Path.Combine(RepoPaths.Shared, "seeds/003_85eec20c42472130.txt"));

        var procurement = new RuleEngine().Check(document, ShippedRules).Findings.Single(f => f.RuleId == "narrative.procurement.composition");

        Assert.Equal(450, procurement.Location.Line);
        Assert.Contains("186.45", procurement.Location.Excerpt, StringComparison.Ordinal);
        Assert.Contains("1864.45", procurement.Message, StringComparison.Ordinal);
        Assert.NotNull(procurement.Fix);
    }
}
