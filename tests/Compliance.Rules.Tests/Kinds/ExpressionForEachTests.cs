using Compliance.Documents.Model;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Kinds;

public class ExpressionForEachTests
{
    private const string OutcomeRule = """
        WorkflowName: perf
        Rules:
          - RuleName: project.outcome
            Description: 缺少效益指标
            Kind: expression
            Severity: warning
            ForEach: projects
            As: p
            LocalParams:
              - Name: n
                Expression: count(p.indicators, i => i.level1 == '效益')
            Expression: n > 0
            ErrorMessage: 项目“{item}”没有效益指标（{n} 个）
        """;

    private static Project Project(string name, int line, params string[] levels) => new()
    {
        Name = name,
        SourceLine = line,
        Indicators = levels.Select(l => new Indicator { Level1 = l, Name = l + "指标" }).ToList(),
    };

    [Fact]
    public void ForEach_ElementFailing_ReportsItWithItsLine()
    {
        var document = new DocumentBuilder()
            .Project(Project("网络运维", 120, "产出", "效益"))
            .Project(Project("党建活动", 140, "产出"))
            .Build();

        var findings = TestRules.Check(OutcomeRule, document);

        var finding = Assert.Single(findings);
        Assert.Equal("项目“党建活动”没有效益指标（0 个）", finding.Message);
        Assert.Equal(140, finding.Location.Line);
        Assert.Equal("党建活动", finding.Location.Row);
    }

    [Fact]
    public void ForEach_EveryElementPasses_ReportsNothing()
    {
        var document = new DocumentBuilder().Project(Project("网络运维", 120, "效益")).Build();

        Assert.Empty(TestRules.Check(OutcomeRule, document));
    }

    [Fact]
    public void ForEach_OverClaims_PointsAtLineAndExcerpt()
    {
        const string yaml = """
            WorkflowName: narrative
            Rules:
              - RuleName: growth-cap
                Description: 增长率超过 100%
                Kind: expression
                ForEach: where(claims, c => c.kind == 'Growth')
                Expression: item.value <= 100
                Stated: item.value
            """;
        var document = new DocumentBuilder().Claim(ClaimKind.Growth, "收支总计", 190.8m, line: 77, excerpt: "增长 190.8%").Build();

        var finding = Assert.Single(TestRules.Check(yaml, document));

        Assert.Equal(77, finding.Location.Line);
        Assert.Equal("增长 190.8%", finding.Location.Excerpt);
        Assert.Equal(190.8m, finding.Stated);
        Assert.StartsWith("“收支总计”", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ForEach: year", "ForEach")]
    [InlineData("ForEach: projects\n    As: 1p", "As")]
    [InlineData("As: p", "As")]
    [InlineData("ForEach: File.ReadAllLines('x')", "ForEach")]
    public void ForEach_Invalid_IsRefusedNamingTheField(string fields, string field)
    {
        var yaml = $"""
            WorkflowName: bad
            Rules:
              - RuleName: r
                Kind: expression
                {fields}
                Expression: true
            """;

        var errors = TestRules.LoadErrors(yaml);

        Assert.Contains($"字段 {field}", errors, StringComparison.Ordinal);
    }
}
