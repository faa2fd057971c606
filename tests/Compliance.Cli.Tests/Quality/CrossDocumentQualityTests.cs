using Bogus;
using Compliance.Cli.Generation;
using Compliance.Cli.Generation.Faults;
using Compliance.Cli.Generation.Linked;
using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;
using Compliance.Rules.Linking;

namespace Compliance.Cli.Tests.Quality;

public class CrossDocumentQualityTests
{
    public static TheoryData<string> FaultNames => [.. CrossDocumentFaults.All.Select(f => f.Name)];

    private static (Document Other, Document Checked) Linked(string category, int index) =>
        category == CrossDocumentFaults.Pair
            ? LinkedDocuments.Pair(QualityFixtures.Generator, index)
            : LinkedDocuments.Series(QualityFixtures.Generator, index, index % 2 == 0 ? DocumentKind.FinalAccounts : DocumentKind.Budget, new Randomizer(index));

    private static IReadOnlyList<Finding> Check(string category, Document other, Document checkedDocument)
    {
        var (a, b) = (QualityFixtures.ReadBack(other, SyntheticFormat.Json), QualityFixtures.ReadBack(checkedDocument, SyntheticFormat.Json));
        var link = category == CrossDocumentFaults.Pair ? DocumentLink.Pair(a, b) : DocumentLink.Series(a, b);
        return new RuleEngine().Check(link, QualityFixtures.RuleSets).Findings;
    }

    [Theory]
    [InlineData("pair")]
    [InlineData("series")]
    public void Check_CleanLinkedDocuments_ReportNothingAboveInfo(string category)
    {
        foreach (var index in Enumerable.Range(1, 8))
        {
            var (other, checkedDocument) = Linked(category, index);

            var findings = Check(category, other, checkedDocument);

            Assert.True(findings.All(f => f.Severity == Severity.Info), $"#{index}: {string.Join(" | ", findings.Select(f => f.Message))}");
        }
    }

    [Theory]
    [MemberData(nameof(FaultNames))]
    public void Inject_CrossDocumentFault_ExpectedRuleReportsIt(string name)
    {
        var fault = CrossDocumentFaults.All.Single(f => f.Name == name);
        var tried = 0;
        foreach (var index in Enumerable.Range(1, 12))
        {
            var (other, checkedDocument) = Linked(fault.Category, index);
            var target = fault.Side == LinkedSide.Checked ? checkedDocument : other;
            if (!fault.Edit.Applies(target) || tried == 3)
            {
                continue;
            }

            tried++;
            var outcome = fault.Edit.Apply(target, new Randomizer(index));
            var findings = fault.Side == LinkedSide.Checked
                ? Check(fault.Category, other, outcome.Document)
                : Check(fault.Category, outcome.Document, checkedDocument);

            Assert.True(findings.Any(f => f.RuleId == fault.ExpectedRule),
                $"{name} on #{index}: {outcome.Detail}; findings: {string.Join(" | ", findings.Select(f => f.RuleId))}");
        }

        Assert.Equal(3, tried);
    }

    [Fact]
    public void Pair_SyntheticFinal_RestatesTheBudgetsSangong()
    {
        var (budget, final) = LinkedDocuments.Pair(QualityFixtures.Generator, 1);

        var published = budget.Table("sangong")!.Rows.Single(r => r.Key == "total").Value("budget");
        Assert.Equal(published, final.Table("sangong")!.Rows.Single(r => r.Key == "total").Value("budget"));
        Assert.Equal(budget.Projects.Count(p => !p.WholeDepartment), final.SelfEvaluations.Count(e => !e.WholeDepartment));
    }
}
