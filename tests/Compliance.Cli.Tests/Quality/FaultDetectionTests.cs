using Compliance.Cli.Commands;
using Compliance.Cli.Generation;
using Compliance.Cli.Generation.Faults;

namespace Compliance.Cli.Tests.Quality;

public class FaultDetectionTests
{
    public static TheoryData<string> FaultNames => [.. FaultInjector.All.Select(f => f.Name)];

    [Fact]
    public void Catalogue_EveryCategoryHasFaults()
    {
        Assert.All(FaultCategories.All, c => Assert.NotEmpty(FaultInjector.OfCategory(c)));
        Assert.Equal(FaultInjector.All.Count, FaultInjector.All.Select(f => f.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(FaultNames))]
    public void Inject_GeneratedDocument_ExpectedRuleReportsIt(string name)
    {
        var fault = FaultInjector.All.Single(f => f.Name == name);
        var cases = QualityFixtures.Applicable(fault, 3).ToList();
        Assert.NotEmpty(cases);
        foreach (var (document, index, kind) in cases)
        {
            var injected = FaultInjector.Inject(document, fault, GenerateCommand.FaultRandom(QualityFixtures.Seed, index, kind, fault.Category));

            var findings = QualityFixtures.Check(injected.Document, SyntheticFormat.Json);

            Assert.NotEqual(document, injected.Document);
            Assert.True(
                findings.Any(f => injected.Label.IsDetectedBy(f.RuleId, f.RuleSet)),
                $"{name} on #{index} {kind}: {injected.Label.Detail}; findings: {string.Join(" | ", findings.Select(f => f.RuleId))}");
        }
    }

    [Fact]
    public void Inject_NoApplicableFault_ReturnsNull()
    {
        var budget = QualityFixtures.Generator.Generate(1, Documents.Model.DocumentKind.Budget);

        Assert.Empty(budget.SelfEvaluations);
        Assert.Null(FaultInjector.Inject(budget, FaultCategories.ExecutionRate, new Bogus.Randomizer(1)));
    }

    [Fact]
    public void Inject_SameSeed_SameFault()
    {
        var document = QualityFixtures.Generator.Generate(3, Documents.Model.DocumentKind.FinalAccounts);

        var a = FaultInjector.Inject(document, FaultCategories.Totals, new Bogus.Randomizer(42))!;
        var b = FaultInjector.Inject(document, FaultCategories.Totals, new Bogus.Randomizer(42))!;

        Assert.Equal(a.Label, b.Label);
    }
}
