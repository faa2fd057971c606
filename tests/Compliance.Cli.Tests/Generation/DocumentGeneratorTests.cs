using System.Text.RegularExpressions;
using Compliance.Cli.Generation;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Json;
using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Generation;

public partial class DocumentGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_ProducesIdenticalDocuments()
    {
        var first = new DocumentGenerator(20240611);
        var second = new DocumentGenerator(20240611);

        for (var index = 1; index <= 20; index++)
        {
            foreach (var kind in new[] { DocumentKind.Budget, DocumentKind.FinalAccounts })
            {
                Assert.Equal(DocumentJson.Write(first.Generate(index, kind)), DocumentJson.Write(second.Generate(index, kind)));
                Assert.Equal(first.FileName(index, kind), second.FileName(index, kind));
            }
        }
    }

    [Fact]
    public void Generate_OutOfOrder_DependsOnlyOnSeedIndexAndKind()
    {
        var generator = new DocumentGenerator(7);
        var later = DocumentJson.Write(generator.Generate(5, DocumentKind.FinalAccounts));

        var fresh = new DocumentGenerator(7);
        _ = fresh.Generate(9, DocumentKind.Budget);

        Assert.Equal(later, DocumentJson.Write(fresh.Generate(5, DocumentKind.FinalAccounts)));
    }

    [Fact]
    public void Generate_DifferentSeeds_ProduceDifferentDocuments()
    {
        var a = DocumentJson.Write(new DocumentGenerator(1).Generate(1, DocumentKind.FinalAccounts));
        var b = DocumentJson.Write(new DocumentGenerator(2).Generate(1, DocumentKind.FinalAccounts));

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Generate_BudgetAndFinalOfOneIndex_DescribeTheSameDepartmentAndYear()
    {
        var generator = new DocumentGenerator(11);

        var budget = generator.Generate(3, DocumentKind.Budget);
        var final = generator.Generate(3, DocumentKind.FinalAccounts);

        Assert.Equal(budget.Info.Department, final.Info.Department);
        Assert.Equal(budget.Info.Year, final.Info.Year);
        Assert.Equal(DocumentKind.Budget, budget.Info.Kind);
        Assert.Equal(DocumentKind.FinalAccounts, final.Info.Kind);
    }

    [Fact]
    public void Generate_ManyDocuments_LookLikeRealDisclosures()
    {
        var generator = new DocumentGenerator(99);

        var documents = Enumerable.Range(1, 100).Select(i => generator.Generate(i, DocumentKind.FinalAccounts)).ToList();

        Assert.All(documents, d =>
        {
            Assert.InRange(d.Info.Year, 2019, 2025);
            Assert.Equal(Units.TenThousandYuan, d.Info.Unit);
            Assert.Matches(DepartmentName(), d.Info.Department);
            var codes = d.Table(StandardTables.Expenditure)!.Rows.Select(r => r.Code).OfType<string>().ToList();
            Assert.All(codes, c => Assert.Matches(FunctionalCode(), c));
            Assert.All(codes.Where(c => c.Length == 3), c => Assert.Contains(FunctionalClasses.All, k => k.Code == c));
            Assert.Contains(codes, c => c.StartsWith("2080505", StringComparison.Ordinal));
            Assert.Contains(codes, c => c == "2210201");
        });
        var totals = documents.Select(d => d.Table(StandardTables.Summary)!.Rows.Single(r => r.Key == "expenditure.total").Value("amount")!.Value).ToList();
        Assert.InRange(totals.Min(), 10m, 1000m);
        Assert.True(totals.Max() > 1000m, "some departments spend more than 1000 万元");
        Assert.True(documents.Select(d => d.Info.Department).Distinct().Count() > 50, "departments vary");
    }

    [Fact]
    public void FileName_HasIndexSlugYearAndKind()
    {
        var generator = new DocumentGenerator(5);

        var name = generator.FileName(12, DocumentKind.FinalAccounts);
        var document = generator.Generate(12, DocumentKind.FinalAccounts);

        Assert.Matches(FileNamePattern(), name);
        Assert.Contains($"-{document.Info.Year}-final.json", name, StringComparison.Ordinal);
        Assert.StartsWith("0012-", name, StringComparison.Ordinal);
        Assert.EndsWith("-budget.json", generator.FileName(12, DocumentKind.Budget), StringComparison.Ordinal);
    }

    [GeneratedRegex("^.+[市区].*(局|中心|委员会)$")]
    private static partial Regex DepartmentName();

    [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})$")]
    private static partial Regex FunctionalCode();

    [GeneratedRegex(@"^\d{4}-[a-z]+(-[a-z0-9]+)+-\d{4}-(final|budget)\.json$")]
    private static partial Regex FileNamePattern();
}
