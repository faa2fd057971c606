using System.Globalization;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Excel;

/// <summary>
/// The skeleton a blank template is written from: every standard table with its columns and 栏次, its fixed rows
/// (with 行次 on the summary tables) and, on the summary tables, every 类 of the functional classification.
/// </summary>
internal static class BlankDocument
{
    private static readonly string[] SummaryIncome =
        ["income.general", "income.fund", "income.capital", "income.upper", "income.business", "income.operating", "income.subsidiary", "income.other", "income.total", "income.surplusUsed", "income.carryIn", "income.grand"];

    private static readonly string[] SummaryExpenditure = ["expenditure.total", "expenditure.distribution", "expenditure.carryOut", "expenditure.grand"];

    public static Document Create(DocumentKind kind, int year)
    {
        var final = kind == DocumentKind.FinalAccounts;
        var amount = final ? "决算数" : "预算数";
        var tables = new List<Table>();
        foreach (var standard in StandardTables.All)
        {
            var number = tables.Count + 1;
            tables.Add(new Table
            {
                Id = standard.Id,
                Title = Title(standard, final, year, number),
                Columns = Columns(standard, final, amount),
                Rows = Rows(standard, year),
            });
        }

        return new Document
        {
            Info = new DocumentInfo { Department = "", Year = year, Kind = kind, Unit = Units.TenThousandYuan },
            Tables = tables,
        };
    }

    private static string Title(StandardTable table, bool final, int year, int number)
    {
        var name = table.Id switch
        {
            StandardTables.Procurement => "政府采购支出决算表",
            StandardTables.OperatingCosts => "机关运行经费支出决算表",
            StandardTables.ProjectExpenditure => "项目支出决算表",
            _ => table.Name,
        };
        if (!final)
        {
            name = name.Replace("决算", "预算", StringComparison.Ordinal);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{year}年度{name}（表{number}）");
    }

    private static List<Column> Columns(StandardTable table, bool final, string amount)
    {
        string[] keys = table.Id switch
        {
            StandardTables.Summary or StandardTables.GeneralPublicBasic or StandardTables.ProjectExpenditure or StandardTables.Procurement => ["amount"],
            StandardTables.Income => ["total", "fiscal", "upper", "business", "operating", "subsidiary", "other"],
            StandardTables.Expenditure => ["total", "basic", "project", "upper", "operating", "subsidiary"],
            StandardTables.FiscalSummary => ["amount", "total", "general", "fund", "capital"],
            StandardTables.Sangong => final ? ["budget", "final"] : ["budget"],
            StandardTables.OperatingCosts => ["amount", "previous"],
            _ => [.. table.Columns.Select(c => c.Key)],
        };
        return keys.Select((key, i) => new Column(
            key,
            key == "amount" && table.Id != StandardTables.FiscalSummary ? amount : table.Column(key)!.Name,
            (i + 1).ToString(CultureInfo.InvariantCulture))).ToList();
    }

    private static List<Row> Rows(StandardTable table, int year)
    {
        var rows = table.Id switch
        {
            StandardTables.Summary => [.. Fixed(table, SummaryIncome), .. Classes(year), .. Fixed(table, SummaryExpenditure)],
            StandardTables.FiscalSummary =>
            [
                .. Fixed(table, "income.general", "income.fund", "income.capital", "income.total", "income.carryIn", "income.grand"),
                .. Classes(year),
                .. Fixed(table, "expenditure.total", "expenditure.carryOut", "expenditure.grand"),
            ],
            StandardTables.GeneralPublicBasic =>
            [
                .. EconomicClasses.All.Where(c => c.Code is "301" or "302" or "303" or "310").Select(c => new Row { Code = c.Code, Name = c.Name }),
                .. Fixed(table, "personnel.total", "public.total", "total"),
            ],
            _ => Fixed(table, [.. table.Rows.Where(r => !r.Key.StartsWith("income.", StringComparison.Ordinal)).Select(r => r.Key)]),
        };
        if (table.Id is StandardTables.Summary or StandardTables.FiscalSummary)
        {
            rows = [.. rows.Select((r, i) => r with { LineNo = (i + 1).ToString(CultureInfo.InvariantCulture) })];
        }

        return rows;
    }

    private static List<Row> Fixed(StandardTable table, params string[] keys) =>
        [.. keys.Select(k => new Row { Key = k, Name = table.Row(k)!.Name })];

    private static IEnumerable<Row> Classes(int year) =>
        FunctionalClasses.All
            .Where(c => c.Code is not ("227" or "230" or "233"))
            .Where(c => c.Code != "234" || year is >= 2020 and <= 2022)
            .Select(c => new Row { Code = c.Code, Name = c.Name });
}
