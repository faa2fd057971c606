using System.Globalization;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Generation;

/// <summary>
/// The totals identities a rule set checks, written as plain C# over the model so the generator can be
/// tested without the rule engine. Collects every violation with its place instead of stopping at the first.
/// </summary>
internal sealed partial class IdentityChecks
{
    private readonly Document document;
    private readonly List<string> violations = [];

    private IdentityChecks(Document document) => this.document = document;

    public static IReadOnlyList<string> Violations(Document document)
    {
        var checks = new IdentityChecks(document);
        checks.Run();
        return checks.violations;
    }

    private void Run()
    {
        CheckSummary();
        CheckClassified(StandardTables.Income, "total", ["fiscal", "upper", "business", "operating", "subsidiary", "other"]);
        CheckClassified(StandardTables.Expenditure, "total", ["basic", "project", "upper", "operating", "subsidiary"]);
        CheckClassified(StandardTables.GeneralPublic, "total", ["basic", "project"]);
        CheckFiscalSummary();
        CheckCrossTables();
        CheckBasic();
        CheckSangong();
        CheckEmptyAndProcurement();
        CheckProjects();
        CheckSelfEvaluations();
        CheckFacts();
        CheckClaims();
        CheckScale();
    }

    private Table Table(string id) => document.Table(id) ?? throw new InvalidOperationException($"missing table {id}");

    private static Row Fixed(Table table, string key) => table.Rows.Single(r => r.Key == key);

    private static decimal V(Row row, string column) => row.Value(column) ?? 0m;

    private static decimal Sum(IEnumerable<Row> rows, string column) => rows.Sum(r => V(r, column));

    private static IEnumerable<Row> Coded(Table table, int length) => table.Rows.Where(r => r.Code?.Length == length);

    private void Equal(string where, decimal expected, decimal actual)
    {
        if (expected != actual)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{document.Info.Department} {document.Info.Kind}: {where}: expected {expected}, stated {actual}"));
        }
    }

    private void True(string where, bool condition)
    {
        if (!condition)
        {
            violations.Add($"{document.Info.Department} {document.Info.Kind}: {where}");
        }
    }

    private void CheckSummary()
    {
        var t = Table(StandardTables.Summary);
        string[] sources = ["income.general", "income.fund", "income.capital", "income.upper", "income.business", "income.operating", "income.subsidiary", "income.other"];
        var total = V(Fixed(t, "income.total"), "amount");
        Equal("summary income.total", sources.Sum(k => V(Fixed(t, k), "amount")), total);
        Equal("summary income.grand", total + V(Fixed(t, "income.surplusUsed"), "amount") + V(Fixed(t, "income.carryIn"), "amount"), V(Fixed(t, "income.grand"), "amount"));
        True("summary class rows have no key", Coded(t, 3).All(r => r.Key is null && r.Name == FunctionalClasses.All.Single(c => c.Code == r.Code).Name));
        var spent = V(Fixed(t, "expenditure.total"), "amount");
        Equal("summary expenditure.total", Sum(Coded(t, 3), "amount"), spent);
        var grand = V(Fixed(t, "expenditure.grand"), "amount");
        Equal("summary expenditure.grand", spent + V(Fixed(t, "expenditure.distribution"), "amount") + V(Fixed(t, "expenditure.carryOut"), "amount"), grand);
        Equal("summary income.grand = expenditure.grand", grand, V(Fixed(t, "income.grand"), "amount"));
    }

    private void CheckClassified(string id, string total, string[] parts)
    {
        var t = Table(id);
        foreach (var row in t.Rows)
        {
            Equal($"{id} {row.Code ?? row.Key} {total} = Σ parts", parts.Sum(p => V(row, p)), V(row, total));
        }

        foreach (var column in parts.Prepend(total))
        {
            Equal($"{id} total row {column}", Sum(Coded(t, 3), column), V(Fixed(t, "total"), column));
            foreach (var parent in t.Rows.Where(r => r.Code?.Length is 3 or 5))
            {
                var children = t.Rows.Where(r => r.Code?.Length == parent.Code!.Length + 2 && r.Code.StartsWith(parent.Code, StringComparison.Ordinal));
                Equal($"{id} {parent.Code} {column}", Sum(children, column), V(parent, column));
            }
        }

        True($"{id} every 项 has its 款 and 类", Coded(t, 7).All(r => t.Rows.Any(p => p.Code == r.Code![..5]) && t.Rows.Any(p => p.Code == r.Code![..3])));
    }

    private void CheckFiscalSummary()
    {
        var t = Table(StandardTables.FiscalSummary);
        var total = V(Fixed(t, "income.total"), "amount");
        Equal("fiscal income.total", V(Fixed(t, "income.general"), "amount") + V(Fixed(t, "income.fund"), "amount") + V(Fixed(t, "income.capital"), "amount"), total);
        Equal("fiscal income.grand", total + V(Fixed(t, "income.carryIn"), "amount"), V(Fixed(t, "income.grand"), "amount"));
        var expenditureRows = Coded(t, 3).Concat([Fixed(t, "expenditure.total"), Fixed(t, "expenditure.carryOut"), Fixed(t, "expenditure.grand")]);
        foreach (var row in expenditureRows)
        {
            Equal($"fiscal {row.Code ?? row.Key} total", V(row, "general") + V(row, "fund") + V(row, "capital"), V(row, "total"));
        }

        foreach (var column in new[] { "total", "general", "fund", "capital" })
        {
            var spent = V(Fixed(t, "expenditure.total"), column);
            Equal($"fiscal expenditure.total {column}", Sum(Coded(t, 3), column), spent);
            Equal($"fiscal expenditure.grand {column}", spent + V(Fixed(t, "expenditure.carryOut"), column), V(Fixed(t, "expenditure.grand"), column));
        }

        Equal("fiscal income.grand = expenditure.grand", V(Fixed(t, "expenditure.grand"), "total"), V(Fixed(t, "income.grand"), "amount"));
    }

    private void CheckCrossTables()
    {
        var summary = Table(StandardTables.Summary);
        var fiscal = Table(StandardTables.FiscalSummary);
        var income = Table(StandardTables.Income);
        var expenditure = Table(StandardTables.Expenditure);
        var general = Table(StandardTables.GeneralPublic);
        foreach (var row in Coded(summary, 3))
        {
            Equal($"summary {row.Code} = expenditure 类", expenditure.Rows.Where(r => r.Code == row.Code).Sum(r => V(r, "total")), V(row, "amount"));
        }

        Equal("summary expenditure.total = expenditure total", V(Fixed(expenditure, "total"), "total"), V(Fixed(summary, "expenditure.total"), "amount"));
        Equal("summary income.total = income total", V(Fixed(income, "total"), "total"), V(Fixed(summary, "income.total"), "amount"));
        foreach (var key in new[] { "income.general", "income.fund", "income.capital", "income.carryIn" })
        {
            Equal($"fiscal {key} = summary {key}", V(Fixed(summary, key), "amount"), V(Fixed(fiscal, key), "amount"));
        }

        Equal("generalPublic total = fiscal expenditure.total general", V(Fixed(fiscal, "expenditure.total"), "general"), V(Fixed(general, "total"), "total"));
    }
}
