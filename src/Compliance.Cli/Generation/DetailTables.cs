using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using static Compliance.Cli.Generation.TableLayout;

namespace Compliance.Cli.Generation;

/// <summary>基本支出表 by economic classification, “三公”经费表, 政府采购表 and the tables most departments state empty.</summary>
internal static class DetailTables
{
    public static Table GeneralPublicBasic(DocumentDraft draft)
    {
        const string id = StandardTables.GeneralPublicBasic;
        var rows = new List<Row>();
        foreach (var classCode in new[] { EconomicCodes.Wages, EconomicCodes.Households, EconomicCodes.Goods, EconomicCodes.Capital })
        {
            var items = draft.Basic.Where(l => EconomicCodes.ClassOf(l.Code) == classCode).ToList();
            var cells = items.Select(l => Money.Blank(l.Amount)).ToList();
            rows.Add(Economic(classCode, EconomicCodes.Classes[classCode], Money.SumOrBlank(cells)));
            rows.AddRange(items.Select(l => Economic(l.Code, l.Name, Money.Blank(l.Amount))));
        }

        rows.Add(Fixed(id, "personnel.total", null, ("amount", draft.PersonnelTotal)));
        rows.Add(Fixed(id, "public.total", null, ("amount", draft.PublicTotal)));
        rows.Add(Fixed(id, "total", null, ("amount", draft.PersonnelTotal + draft.PublicTotal)));
        return new Table { Id = id, Title = Title(draft, id, 6), Columns = [Amount(draft)], Rows = rows };
    }

    /// <summary>预算 documents print only the budget column; 决算 documents print budget and final.</summary>
    public static Table Sangong(DocumentDraft draft)
    {
        const string id = StandardTables.Sangong;
        var columns = draft.IsFinal ? Columns(id, "budget", "final") : Columns(id, "budget");
        var rows = new List<Row>
        {
            SangongRow(draft, "total", s => s.Total, total: true),
            SangongRow(draft, "abroad", s => s.Abroad, total: false),
            SangongRow(draft, "vehicle", s => s.Vehicle, total: true),
            SangongRow(draft, "vehicle.purchase", s => s.Purchase, total: false),
            SangongRow(draft, "vehicle.operation", s => s.Operation, total: false),
            SangongRow(draft, "reception", s => s.Reception, total: false),
        };
        return new Table { Id = id, Title = Title(draft, id, 7), Columns = columns, Rows = rows };
    }

    public static Table Procurement(DocumentDraft draft)
    {
        const string id = StandardTables.Procurement;
        var goods = draft.Procurement(ProcurementKind.Goods);
        var works = draft.Procurement(ProcurementKind.Works);
        var services = draft.Procurement(ProcurementKind.Services);
        Row[] rows =
        [
            Fixed(id, "total", null, ("amount", goods + works + services)),
            Fixed(id, "goods", null, ("amount", Money.Blank(goods))),
            Fixed(id, "works", null, ("amount", Money.Blank(works))),
            Fixed(id, "services", null, ("amount", Money.Blank(services))),
        ];
        return new Table { Id = id, Title = Title(draft, id, 10), Columns = [Amount(draft)], Rows = rows };
    }

    public static Table GovernmentFund(DocumentDraft draft) => new()
    {
        Id = StandardTables.GovernmentFund,
        Title = Title(draft, StandardTables.GovernmentFund, 8),
        Columns = Columns(StandardTables.GovernmentFund, "carryIn", "income", "total", "basic", "project", "carryOut"),
        StatedEmpty = true,
    };

    public static Table StateCapital(DocumentDraft draft) => new()
    {
        Id = StandardTables.StateCapital,
        Title = Title(draft, StandardTables.StateCapital, 9),
        Columns = Columns(StandardTables.StateCapital, "total", "basic", "project"),
        StatedEmpty = true,
    };

    private static Row Economic(string code, string name, decimal? amount) => new()
    {
        Code = code,
        Name = name,
        Values = new Dictionary<string, decimal?>(StringComparer.Ordinal) { ["amount"] = amount },
    };

    // Budgets print zero leaves as 0.00 and totals always; finals leave zero leaves blank, as in the seed disclosures.
    private static Row SangongRow(DocumentDraft draft, string key, Func<SangongItems, decimal> pick, bool total)
    {
        const string id = StandardTables.Sangong;
        var budget = pick(draft.Sangong.Budget);
        if (!draft.IsFinal)
        {
            return Fixed(id, key, null, ("budget", budget));
        }

        var final = pick(draft.Sangong.Final);
        return Fixed(id, key, null, ("budget", budget), ("final", total ? final : Money.Blank(final)));
    }
}
