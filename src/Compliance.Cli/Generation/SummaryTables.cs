using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using static Compliance.Cli.Generation.TableLayout;

namespace Compliance.Cli.Generation;

/// <summary>
/// 收入支出总表 and 财政拨款收入支出总表. All income is 一般公共预算财政拨款, so both income sides carry the
/// same figures; the expenditure side prints every 类 of the year, blank where the department spent nothing.
/// Line numbers follow the printed layout (本年收入合计 on the line after the longer side's last class).
/// </summary>
internal static class SummaryTables
{
    public static Table Summary(DocumentDraft draft)
    {
        const string id = StandardTables.Summary;
        var classes = PrintedClasses(draft.Year);
        var n = classes.Count;
        var byClass = draft.ExpenditureByClass.ToDictionary(c => c.Code, c => c.Amount, StringComparer.Ordinal);

        var incomeKeys = new[]
        {
            "income.general", "income.fund", "income.capital", "income.upper",
            "income.business", "income.operating", "income.subsidiary", "income.other",
        };
        var rows = incomeKeys
            .Select((key, i) => Fixed(id, key, Line(i + 1), ("amount", key == "income.general" ? draft.IncomeTotal : null)))
            .ToList();
        rows.Add(Fixed(id, "income.total", Line(n + 1), ("amount", draft.IncomeTotal)));
        rows.Add(Fixed(id, "income.surplusUsed", Line(n + 2), ("amount", null)));
        rows.Add(Fixed(id, "income.carryIn", Line(n + 3), ("amount", Money.Blank(draft.CarryIn))));
        rows.Add(Fixed(id, "income.grand", Line(n + 4), ("amount", draft.IncomeGrand)));

        rows.AddRange(classes.Select((c, i) => new Row
        {
            Code = c.Code,
            LineNo = Line(n + 5 + i),
            Name = c.Name,
            Values = new Dictionary<string, decimal?>(StringComparer.Ordinal) { ["amount"] = Money.Blank(byClass.GetValueOrDefault(c.Code)) },
        }));
        rows.Add(Fixed(id, "expenditure.total", Line((2 * n) + 5), ("amount", draft.ExpenditureTotal)));
        rows.Add(Fixed(id, "expenditure.distribution", Line((2 * n) + 6), ("amount", null)));
        rows.Add(Fixed(id, "expenditure.carryOut", Line((2 * n) + 7), ("amount", Money.Blank(draft.CarryOut))));
        rows.Add(Fixed(id, "expenditure.grand", Line((2 * n) + 8), ("amount", draft.ExpenditureGrand)));

        return new Table { Id = id, Title = Title(draft, id, 1), Columns = [Amount(draft)], Rows = rows };
    }

    public static Table Fiscal(DocumentDraft draft)
    {
        const string id = StandardTables.FiscalSummary;
        var classes = PrintedClasses(draft.Year);
        var n = classes.Count;
        var byClass = draft.ExpenditureByClass.ToDictionary(c => c.Code, c => c.Amount, StringComparer.Ordinal);

        var rows = new List<Row>
        {
            Fixed(id, "income.general", Line(1), ("amount", draft.IncomeTotal)),
            Fixed(id, "income.fund", Line(2), ("amount", null)),
            Fixed(id, "income.capital", Line(3), ("amount", null)),
            Fixed(id, "income.total", Line(n + 1), ("amount", draft.IncomeTotal)),
            Fixed(id, "income.carryIn", Line(n + 2), ("amount", Money.Blank(draft.CarryIn))),
            Fixed(id, "income.grand", Line(n + 6), ("amount", draft.IncomeGrand)),
        };
        rows.AddRange(classes.Select((c, i) =>
        {
            var amount = byClass.TryGetValue(c.Code, out var a) ? a : (decimal?)null;
            return new Row
            {
                Code = c.Code,
                LineNo = Line(n + 7 + i),
                Name = c.Name,
                Values = Split(amount),
            };
        }));
        rows.Add(Expenditure(id, "expenditure.total", (2 * n) + 7, draft.ExpenditureTotal));
        rows.Add(Expenditure(id, "expenditure.carryOut", (2 * n) + 8, Money.Blank(draft.CarryOut)));
        rows.Add(Expenditure(id, "expenditure.grand", (2 * n) + 12, draft.ExpenditureGrand));

        var columns = Columns(id, "amount", "total", "general", "fund", "capital");
        return new Table { Id = id, Title = Title(draft, id, 4), Columns = columns, Rows = rows };
    }

    private static Row Expenditure(string id, string key, int line, decimal? amount) => new()
    {
        Key = key,
        LineNo = Line(line),
        Name = RowName(id, key),
        Values = Split(amount),
    };

    // All fiscal spending is 一般公共预算; the fund and capital columns stay blank.
    private static Dictionary<string, decimal?> Split(decimal? amount) => new(StringComparer.Ordinal)
    {
        ["total"] = amount,
        ["general"] = amount,
        ["fund"] = null,
        ["capital"] = null,
    };
}
