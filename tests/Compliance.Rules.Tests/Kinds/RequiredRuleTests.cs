using Compliance.Rules.Findings;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Kinds;

/// <summary><c>required</c>: a table is published, or the document states it is empty.</summary>
public class RequiredRuleTests
{
    private const string SangongRequired = """
        WorkflowName: structure
        Rules:
          - RuleName: sangong-published
            Kind: required
            Severity: warning
            Tables: [sangong, governmentFund]
        """;

    [Fact]
    public void Required_TableMissing_ReportsEachMissingTableByName()
    {
        var findings = TestRules.Check(SangongRequired, DocumentBuilder.Empty);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal("structure.sangong-published", f.RuleId);
            Assert.Equal(Severity.Warning, f.Severity);
        });
        Assert.Contains(findings, f => f.Message.Contains("“三公”经费", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("政府性基金", StringComparison.Ordinal));
    }

    [Fact]
    public void Required_TableStatedEmpty_IsNoFinding()
    {
        var document = new DocumentBuilder()
            .Table("sangong", t => t.StatedEmpty = true)
            .Table("governmentFund", t => t.StatedEmpty = true)
            .Build();

        Assert.Empty(TestRules.Check(SangongRequired, document));
    }

    [Fact]
    public void Required_TablePresentWithoutRowsAndNotStatedEmpty_ReportsFinding()
    {
        var document = new DocumentBuilder()
            .Table("sangong", _ => { })
            .Table("governmentFund", t => t.Key("total", ("total", 0.00m)))
            .Build();

        var finding = Assert.Single(TestRules.Check(SangongRequired, document));
        Assert.Contains("三公", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_ErrorMessageTemplate_FillsTablePlaceholder()
    {
        var yaml = """
            WorkflowName: structure
            Rules:
              - RuleName: r
                Kind: required
                ErrorMessage: 未公开{table}
                Tables: [sangong]
            """;

        Assert.Equal("未公开一般公共预算财政拨款“三公”经费支出决算表", Assert.Single(TestRules.Check(yaml, DocumentBuilder.Empty)).Message);
    }
}
