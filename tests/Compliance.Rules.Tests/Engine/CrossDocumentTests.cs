using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;
using Compliance.Rules.Linking;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Engine;

public class CrossDocumentTests
{
    private const string PairSet = """
        WorkflowName: pairtest
        Scope: pair
        Rules:
          - RuleName: sangong-budget
            Kind: equal
            Left: sangong[total].budget
            Right: budget.sangong[total].budget
          - RuleName: claims
            Kind: expression
            ForEach: budget.projects
            As: p
            Expression: any(selfEvaluations, e => e.subject == p.name)
        """;

    private static Document Doc(DocumentKind kind, int year, string department, string file, Action<DocumentBuilder>? build = null)
    {
        var builder = new DocumentBuilder();
        build?.Invoke(builder);
        var built = builder.Build();
        return built with { Info = new DocumentInfo { Department = department, Year = year, Kind = kind, SourceFile = file } };
    }

    private static Document Sangong(DocumentKind kind, int year, decimal total, string file) =>
        Doc(kind, year, "武汉市东西湖区大数据中心", file, b => b.Table("sangong", t => t.Key("total", ("budget", total))));

    [Fact]
    public void Check_PairDifferingOnSangongBudget_NamesBothDocuments()
    {
        var budget = Sangong(DocumentKind.Budget, 2020, 28.6m, "budget.txt");
        var final = Sangong(DocumentKind.FinalAccounts, 2020, 26.8m, "final.txt");

        var result = new RuleEngine().Check(DocumentLink.Pair(budget, final), [TestRules.Load(PairSet)]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("pairtest.sangong-budget", finding.RuleId);
        Assert.Equal(26.8m, finding.Stated);
        Assert.Equal(28.6m, finding.Computed);
        Assert.Equal("final.txt", finding.Location.Document);
        Assert.Equal("budget.txt", finding.Related?.Document);
        Assert.Equal(DocumentKind.Budget, Assert.Single(result.Linked).Kind);
    }

    [Fact]
    public void Check_ElementOfTheBudget_PointsIntoTheBudget()
    {
        var budget = Doc(DocumentKind.Budget, 2020, "东西湖区大数据中心", "budget.txt",
            b => b.Project(new Project { Name = "网络传输建设运行费", SourceLine = 428 }));
        var final = Doc(DocumentKind.FinalAccounts, 2020, "武汉市东西湖区大数据中心", "final.txt");

        var finding = Assert.Single(new RuleEngine().Check(DocumentLink.Pair(budget, final), [TestRules.Load(PairSet)]).Findings);

        Assert.Equal("budget.txt", finding.Location.Document);
        Assert.Equal(428, finding.Location.Line);
        Assert.Equal("final.txt", finding.Related?.Document);
    }

    [Fact]
    public void Check_SingleDocument_SkipsPairAndSeriesSets()
    {
        var final = Sangong(DocumentKind.FinalAccounts, 2020, 26.8m, "final.txt");

        var result = new RuleEngine().Check(final, [TestRules.Load(PairSet)]);

        Assert.Empty(result.Findings);
        Assert.Empty(result.RuleSets);
    }

    [Fact]
    public void Load_RoleInDocumentScope_IsRefused()
    {
        var errors = TestRules.LoadErrors("""
            WorkflowName: single
            Rules:
              - RuleName: r
                Kind: equal
                Left: sangong[total].budget
                Right: budget.sangong[total].budget
            """);

        Assert.Contains("字段 Right", errors, StringComparison.Ordinal);
        Assert.Contains("budget.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PriorInPairScope_IsRefused()
    {
        var errors = TestRules.LoadErrors(TestRules.ExpressionRule("prior.sangong[total].final == 1", extra: "").Replace("WorkflowName: test", "WorkflowName: test\nScope: pair", StringComparison.Ordinal));

        Assert.Contains("prior", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownScope_IsRefused()
    {
        var errors = TestRules.LoadErrors(TestRules.ExpressionRule("true").Replace("WorkflowName: test", "WorkflowName: test\nScope: triple", StringComparison.Ordinal));

        Assert.Contains("字段 Scope", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownRolePrefix_IsRefused()
    {
        var errors = TestRules.LoadErrors("""
            WorkflowName: p
            Scope: pair
            Rules:
              - RuleName: r
                Kind: equal
                Left: sangong[total].budget
                Right: next.sangong[total].budget
            """);

        Assert.Contains("next.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SeriesStatedChange_ComparedWithPriorYear()
    {
        const string series = """
            WorkflowName: s
            Scope: series
            Rules:
              - RuleName: change
                Kind: expression
                ForEach: where(claims, c => c.kind == 'Change')
                As: c
                Expression: sumAgrees(sangong[total].budget, prior.sangong[total].budget, c.value)
            """;
        var prior = Sangong(DocumentKind.Budget, 2019, 30m, "2019.txt");
        var current = Sangong(DocumentKind.Budget, 2020, 28.6m, "2020.txt") with
        {
            Claims = [new Claim { Kind = ClaimKind.Change, Subject = "三公", Value = -2.4m, Line = 12, Excerpt = "减少 2.4 万元" }],
        };

        var finding = Assert.Single(new RuleEngine().Check(DocumentLink.Series(prior, current), [TestRules.Load(series)]).Findings);

        Assert.Equal(12, finding.Location.Line);
        Assert.Equal("2020.txt", finding.Location.Document);
        Assert.Equal("2019.txt", finding.Related?.Document);
    }

    [Fact]
    public void Link_DocumentsOfOneDepartment_FormPairsAndSeries()
    {
        var b2019 = Sangong(DocumentKind.Budget, 2019, 1m, "b2019");
        var b2020 = Sangong(DocumentKind.Budget, 2020, 1m, "b2020") with { Info = b2019.Info with { Year = 2020, Department = "区大数据中心", SourceFile = "b2020" } };
        var f2020 = Sangong(DocumentKind.FinalAccounts, 2020, 1m, "f2020") with { Info = new DocumentInfo { Department = "东西湖区大数据中心", Year = 2020, Kind = DocumentKind.FinalAccounts, SourceFile = "f2020" } };
        var other = Doc(DocumentKind.Budget, 2020, "武汉市东西湖区财政局", "other");

        var links = DocumentLinker.Link([b2019, b2020, f2020, other]);

        Assert.Equal(2, links.Count);
        Assert.Contains(links, l => l.Scope == RuleScope.Pair && l.Other.Info.SourceFile == "b2020" && l.Checked.Info.SourceFile == "f2020");
        Assert.Contains(links, l => l.Scope == RuleScope.Series && l.Other.Info.SourceFile == "b2019" && l.Checked.Info.SourceFile == "b2020");
    }

    [Fact]
    public void Pair_DocumentsOfDifferentYears_AreRefused()
    {
        var budget = Sangong(DocumentKind.Budget, 2019, 1m, "b");
        var final = Sangong(DocumentKind.FinalAccounts, 2020, 1m, "f");

        Assert.Throws<ArgumentException>(() => DocumentLink.Pair(budget, final));
    }

    [Fact]
    public void FindingsJson_CrossDocumentResult_RoundTripsLinkedAndRelated()
    {
        var budget = Sangong(DocumentKind.Budget, 2020, 28.6m, "budget.txt");
        var final = Sangong(DocumentKind.FinalAccounts, 2020, 26.8m, "final.txt");
        var result = new RuleEngine().Check(DocumentLink.Pair(budget, final), [TestRules.Load(PairSet)]);

        var back = FindingsJson.Read(FindingsJson.Write(result));

        Assert.Equal("budget.txt", Assert.Single(back.Linked).SourceFile);
        Assert.Equal("budget.txt", back.Findings[0].Related?.Document);
        Assert.Equal("final.txt", back.Findings[0].Location.Document);
    }

    [Fact]
    public void FindingsJson_SingleDocumentResult_HasNoCrossDocumentFields()
    {
        var json = FindingsJson.Write(new CheckResult(DocumentBuilder.Empty.Info, [], [
            new Finding { RuleId = "a.b", RuleSet = "a", Severity = Severity.Error, Message = "m" }]));

        Assert.DoesNotContain("\"linked\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"related\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"document\": \"", json, StringComparison.Ordinal);
    }
}
