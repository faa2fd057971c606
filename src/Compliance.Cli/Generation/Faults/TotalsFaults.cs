using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using static Compliance.Cli.Generation.Faults.DocumentEdits;

namespace Compliance.Cli.Generation.Faults;

/// <summary>Balance faults: a total that is not the sum of its parts, a 类 that is not Σ 款, one figure printed differently in two tables.</summary>
internal static class TotalsFaults
{
    private const string Category = FaultCategories.Totals;

    public static IReadOnlyList<Fault> All { get; } =
    [
        new(Category, "summary-income-total", "totals.summary.income-total", "收支总表本年收入合计 ≠ 各项收入之和",
            d => HasCell(d, StandardTables.Summary, Key("income.total"), "amount"),
            (d, random) => Shift(d, StandardTables.Summary, Key("income.total"), "收支总表本年收入合计", Delta(random), "amount")),

        new(Category, "basic-composition", "totals.basic.composition", "基本支出表合计 ≠ 人员经费合计 + 公用经费合计",
            d => HasCell(d, StandardTables.GeneralPublicBasic, Key("total"), "amount"),
            (d, random) => Shift(d, StandardTables.GeneralPublicBasic, Key("total"), "基本支出表合计", Delta(random), "amount")),

        new(Category, "expenditure-row-columns", "totals.expenditure.columns", "支出表某项：本年支出合计 ≠ 基本支出 + 项目支出",
            d => LeafRows(d).Any(),
            (d, random) =>
            {
                var row = Pick(random, LeafRows(d));
                return Shift(d, StandardTables.Expenditure, r => ReferenceEquals(r, row), $"支出表 {row.Code} {row.Name} 本年支出合计", Delta(random), "total");
            }),

        // The 类 row moves in its total and in one part column together, so the row still adds across and only Σ 款 fails.
        new(Category, "class-not-sum-of-subclasses", "totals.general-public.hierarchy", "一般公共预算支出表：类 ≠ Σ 款",
            d => ClassRows(d).Any(),
            (d, random) =>
            {
                var row = Pick(random, ClassRows(d));
                var part = row.Value("basic") is not null ? "basic" : "project";
                return Shift(d, StandardTables.GeneralPublic, r => ReferenceEquals(r, row), $"一般公共预算支出表 {row.Code} {row.Name}", Delta(random), "total", part);
            }),

        new(Category, "expenditure-total-differs", "totals.summary-vs-expenditure", "支出表合计与收支总表本年支出合计不一致",
            d => HasCell(d, StandardTables.Expenditure, Key("total"), "total") && HasCell(d, StandardTables.Expenditure, Key("total"), "basic"),
            (d, random) => Shift(d, StandardTables.Expenditure, Key("total"), "支出表合计行", Delta(random), "total", "basic")),

        new(Category, "sangong-composition", "totals.sangong.composition", "“三公”经费合计 ≠ 因公出国（境）费 + 公务用车费 + 公务接待费",
            d => HasCell(d, StandardTables.Sangong, Key("total"), "budget"),
            (d, random) => Shift(d, StandardTables.Sangong, Key("total"), "“三公”经费表合计（预算数）", Money.Between(random, 1.00m, 5.00m), "budget")),
    ];

    private static Func<Row, bool> Key(string key) => r => r.Key == key;

    private static IEnumerable<Row> LeafRows(Document d) =>
        d.Table(StandardTables.Expenditure)?.Rows.Where(r => r.Code?.Length == 7 && r.Value("total") is not null) ?? [];

    private static IEnumerable<Row> ClassRows(Document d) =>
        d.Table(StandardTables.GeneralPublic)?.Rows.Where(r => r.Code?.Length == 3 && r.Value("total") is not null) ?? [];

    /// <summary>Adds <paramref name="delta"/> to each named column of the row.</summary>
    private static FaultOutcome Shift(Document d, string tableId, Func<Row, bool> match, string what, decimal delta, params string[] columns)
    {
        var row = Row(d, tableId, match)!;
        var before = row.Value(columns[0])!.Value;
        var cells = columns.Select(c => (c, (decimal?)((row.Value(c) ?? Money.Zero) + delta))).ToArray();
        return new FaultOutcome(SetCells(d, tableId, match, cells), $"{what} {Printed(before)} → {Printed(before + delta)}（+{Printed(delta)}）");
    }
}
