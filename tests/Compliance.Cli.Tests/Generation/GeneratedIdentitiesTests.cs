using Compliance.Cli.Generation;
using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Generation;

public class GeneratedIdentitiesTests
{
    [Theory]
    [InlineData(DocumentKind.FinalAccounts, 1)]
    [InlineData(DocumentKind.Budget, 1)]
    [InlineData(DocumentKind.FinalAccounts, 424242)]
    public void Generate_200Documents_EveryTotalsIdentityHoldsExactly(DocumentKind kind, int seed)
    {
        var generator = new DocumentGenerator(seed);

        var violations = Enumerable.Range(1, 200)
            .SelectMany(i => IdentityChecks.Violations(generator.Generate(i, kind)))
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void Generate_FinalAccounts_SometimesCarriesOverAndUsesVehicles()
    {
        // Without carry-over and vehicle rows the identities above would hold trivially for those rows.
        var generator = new DocumentGenerator(3);

        var drafts = Enumerable.Range(1, 200).Select(i => generator.Draft(i, DocumentKind.FinalAccounts)).ToList();

        Assert.Contains(drafts, d => d.CarryIn > 0m);
        Assert.Contains(drafts, d => d.CarryOut > 0m);
        Assert.Contains(drafts, d => d.Sangong.Final.Operation > 0m);
        Assert.Contains(drafts, d => d.Sangong.Final.Purchase > 0m);
        Assert.Contains(drafts, d => d.Sangong.Final.Abroad > 0m);
        Assert.Contains(drafts, d => d.Procurement(ProcurementKind.Works) > 0m);
        Assert.Contains(drafts, d => !d.Department.Template.Administrative);
    }

    [Theory]
    [InlineData("summary", "income.total", null, "amount", "summary income.total")]
    [InlineData("expenditure", null, "2210201", "basic", "expenditure 22102 basic")]
    [InlineData("income", null, "2080505", "total", "income 2080505 total = Σ parts")]
    [InlineData("fiscalSummary", "expenditure.carryOut", null, "total", "fiscal expenditure.carryOut total")]
    [InlineData("generalPublicBasic", null, "30201", "amount", "basic 302")]
    [InlineData("sangong", "reception", null, "final", "sangong total final")]
    public void IdentityChecks_CorruptedCell_IsReported(string table, string? key, string? code, string column, string expected)
    {
        var document = new DocumentGenerator(1).Generate(1, DocumentKind.FinalAccounts);
        var target = document.Table(table)!;
        var rows = target.Rows
            .Select(r => r.Key == key && r.Code == code ? r with { Values = Bump(r.Values, column) } : r)
            .ToList();
        var corrupted = document with { Tables = document.Tables.Select(t => t.Id == table ? t with { Rows = rows } : t).ToList() };

        var violations = IdentityChecks.Violations(corrupted);

        Assert.Contains(violations, v => v.Contains(expected, StringComparison.Ordinal));
    }

    private static Dictionary<string, decimal?> Bump(IReadOnlyDictionary<string, decimal?> values, string column) =>
        values.ToDictionary(v => v.Key, v => v.Key == column ? (v.Value ?? 0m) + 0.01m : v.Value);
}
