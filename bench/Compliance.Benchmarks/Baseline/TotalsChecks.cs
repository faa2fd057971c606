using Compliance.Documents.Model;
using static Compliance.Benchmarks.Baseline.Tables;

namespace Compliance.Benchmarks.Baseline;

/// <summary>rules/totals.yaml written out by hand.</summary>
internal static class TotalsChecks
{
    private static readonly string[] IncomeParts = ["fiscal", "upper", "business", "operating", "subsidiary", "other"];
    private static readonly string[] IncomeColumns = ["total", .. IncomeParts];
    private static readonly string[] ExpenditureParts = ["basic", "project", "upper", "operating", "subsidiary"];
    private static readonly string[] ExpenditureColumns = ["total", .. ExpenditureParts];
    private static readonly string[] FiscalParts = ["general", "fund", "capital"];
    private static readonly string[] FiscalColumns = ["total", .. FiscalParts];
    private static readonly string[] GeneralPublicParts = ["basic", "project"];
    private static readonly string[] GeneralPublicColumns = ["total", .. GeneralPublicParts];

    public static void Run(Document d, Findings f)
    {
        var summary = Find(d, "summary");
        var income = Find(d, "income");
        var expenditure = Find(d, "expenditure");
        var fiscal = Find(d, "fiscalSummary");
        var general = Find(d, "generalPublic");
        var basic = Find(d, "generalPublicBasic");
        var sangong = Find(d, "sangong");

        f.Sum("totals.summary.income-total", Keys(summary, "amount", "income.total"),
            Keys(summary, "amount", "income.general", "income.fund", "income.capital", "income.upper", "income.business", "income.operating", "income.subsidiary", "income.other"));
        f.Sum("totals.summary.income-grand", Keys(summary, "amount", "income.grand"), Keys(summary, "amount", "income.total", "income.surplusUsed", "income.carryIn"));
        f.Sum("totals.summary.expenditure-total", Keys(summary, "amount", "expenditure.total"), Level(summary, 1, "amount"));
        f.Sum("totals.summary.expenditure-grand", Keys(summary, "amount", "expenditure.grand"),
            Keys(summary, "amount", "expenditure.total", "expenditure.distribution", "expenditure.carryOut"));
        f.Equal("totals.summary.balance", Keys(summary, "amount", "income.grand"), Keys(summary, "amount", "expenditure.grand"));

        Columns(f, "totals.income.columns", income, IncomeParts);
        Hierarchy(f, "totals.income.hierarchy", income, IncomeColumns);
        GrandTotal(f, "totals.income.grand-total", income, "total", IncomeColumns);
        Columns(f, "totals.expenditure.columns", expenditure, ExpenditureParts);
        Hierarchy(f, "totals.expenditure.hierarchy", expenditure, ExpenditureColumns);
        GrandTotal(f, "totals.expenditure.grand-total", expenditure, "total", ExpenditureColumns);

        f.Equal("totals.summary-vs-income", Keys(summary, "amount", "income.total"), Keys(income, "total", "total"));
        f.Equal("totals.summary-vs-expenditure", Keys(summary, "amount", "expenditure.total"), Keys(expenditure, "total", "total"));
        if (summary is not null)
        {
            foreach (var row in summary.Rows)
            {
                if (!string.IsNullOrEmpty(row.Code))
                {
                    f.Equal("totals.summary-vs-expenditure.classes", Code(summary, row.Code, "amount"), Code(expenditure, row.Code, "total"));
                }
            }
        }

        f.Sum("totals.fiscal.income-total", Keys(fiscal, "amount", "income.total"), Keys(fiscal, "amount", "income.general", "income.fund", "income.capital"));
        Columns(f, "totals.fiscal.expenditure-columns", fiscal, FiscalParts);
        GrandTotal(f, "totals.fiscal.expenditure-total", fiscal, "expenditure.total", FiscalColumns);
        f.Equal("totals.fiscal.balance", Keys(fiscal, "amount", "income.grand"), Keys(fiscal, "total", "expenditure.grand"));

        Columns(f, "totals.general-public.columns", general, GeneralPublicParts);
        Hierarchy(f, "totals.general-public.hierarchy", general, GeneralPublicColumns);
        GrandTotal(f, "totals.general-public.grand-total", general, "total", GeneralPublicColumns);
        f.Equal("totals.fiscal-vs-general-public", Keys(fiscal, "general", "expenditure.total"), Keys(general, "total", "total"));

        f.Sum("totals.basic.composition", Keys(basic, "amount", "total"), Keys(basic, "amount", "personnel.total", "public.total"));
        Hierarchy(f, "totals.basic.hierarchy", basic, ["amount"]);
        f.Sum("totals.basic.parts-vs-general-public", Keys(general, "basic", "total"), Keys(basic, "amount", "personnel.total", "public.total"));
        f.Equal("totals.basic-vs-general-public", Keys(basic, "amount", "total"), Keys(general, "basic", "total"));

        foreach (var column in (string[])["budget", "final"])
        {
            f.Sum("totals.sangong.composition", Keys(sangong, column, "total"), Keys(sangong, column, "abroad", "vehicle", "reception"));
        }

        foreach (var column in (string[])["budget", "final"])
        {
            f.Sum("totals.sangong.vehicle", Keys(sangong, column, "vehicle"), Keys(sangong, column, "vehicle.purchase", "vehicle.operation"));
        }

        Projects(d, f);
    }

    /// <summary>Each row: the total column equals the sum of the part columns.</summary>
    private static void Columns(Findings f, string rule, Table? t, string[] parts)
    {
        if (t is null)
        {
            return;
        }

        var values = new Figure[parts.Length];
        foreach (var row in t.Rows)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                values[i] = Cell(t, row, parts[i]);
            }

            f.Sum(rule, Cell(t, row, "total"), values);
        }
    }

    /// <summary>类 = Σ款, 款 = Σ项, column by column.</summary>
    private static void Hierarchy(Findings f, string rule, Table? t, string[] columns)
    {
        if (t is null)
        {
            return;
        }

        foreach (var column in columns)
        {
            foreach (var parent in t.Rows)
            {
                var level = LevelOf(parent);
                if (level is not (1 or 2))
                {
                    continue;
                }

                var children = new List<Figure>();
                foreach (var child in t.Rows)
                {
                    if (LevelOf(child) == level + 1 && child.Code!.StartsWith(parent.Code!, StringComparison.Ordinal))
                    {
                        children.Add(Cell(t, child, column));
                    }
                }

                if (children.Count > 0)
                {
                    f.Sum(rule, Cell(t, parent, column), [.. children]);
                }
            }
        }
    }

    private static void GrandTotal(Findings f, string rule, Table? t, string totalKey, string[] columns)
    {
        foreach (var column in columns)
        {
            f.Sum(rule, Keys(t, column, totalKey), Level(t, 1, column));
        }
    }

    private static void Projects(Document d, Findings f)
    {
        foreach (var p in d.Projects)
        {
            if (p.Unit != d.Info.Unit)
            {
                f.Report("totals.projects.unit", $"项目“{p.Name}”的金额按元填列");
            }
        }

        var table = Sum(d, "expenditure", "total", "project");
        var counted = 0;
        decimal? listed = null;
        foreach (var p in d.Projects)
        {
            if (!p.WholeDepartment)
            {
                counted += p.CurrentYearBudget is null ? 0 : 1;
                var amount = p.Unit == "元" ? Findings.Divide(p.CurrentYearBudget, 10000m) : p.CurrentYearBudget;
                if (amount is { } a)
                {
                    listed = (listed ?? 0m) + a;
                }
            }
        }

        if (counted > 0 && table is not null && !(listed <= table || Findings.Agrees(table, listed)))
        {
            f.Report("totals.projects-vs-expenditure", $"各项目本年预算之和 {Findings.F(listed)} 万元超过支出表项目支出合计 {Findings.F(table)} 万元");
        }
    }
}
