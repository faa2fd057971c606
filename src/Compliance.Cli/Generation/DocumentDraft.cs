using Compliance.Documents.Model;

namespace Compliance.Cli.Generation;

/// <summary>
/// Every leaf amount of one synthetic document before it is laid out as tables. Totals are derived here
/// once, as exact sums, and every table, claim and self-evaluation reads them from here.
/// </summary>
internal sealed record DocumentDraft(
    DepartmentProfile Department,
    DocumentKind Kind,
    Sangong Sangong,
    IReadOnlyList<EconomicLine> Basic,
    IReadOnlyList<ProjectDraft> Projects,
    IReadOnlyList<FunctionalLeaf> Leaves)
{
    public bool IsFinal => Kind == DocumentKind.FinalAccounts;

    public int Year => Department.Year;

    /// <summary>决算 or 预算, for titles, headers and narrative.</summary>
    public string Stage => IsFinal ? "决算" : "预算";

    /// <summary>The “三公” column this document books into 基本支出.</summary>
    public SangongItems BookedSangong => Sangong.Booked(Kind);

    public decimal IncomeTotal => Money.Sum(Leaves.Select(l => l.Income));

    public decimal ExpenditureTotal => Money.Sum(Leaves.Select(l => l.Expenditure));

    public decimal BasicTotal => Money.Sum(Leaves.Select(l => l.Basic));

    public decimal ProjectTotal => Money.Sum(Leaves.Select(l => l.Project));

    public decimal CarryIn => Money.Sum(Leaves.Select(l => l.CarryIn));

    public decimal CarryOut => Money.Sum(Leaves.Select(l => l.CarryOut));

    public decimal IncomeGrand => IncomeTotal + CarryIn;

    public decimal ExpenditureGrand => ExpenditureTotal + CarryOut;

    /// <summary>人员经费 = 工资福利支出 + 对个人和家庭的补助.</summary>
    public decimal PersonnelTotal => EconomicClass(EconomicCodes.Wages) + EconomicClass(EconomicCodes.Households);

    /// <summary>公用经费 = 商品和服务支出 + 资本性支出.</summary>
    public decimal PublicTotal => EconomicClass(EconomicCodes.Goods) + EconomicClass(EconomicCodes.Capital);

    public decimal EconomicClass(string classCode) =>
        Money.Sum(Basic.Where(l => EconomicCodes.ClassOf(l.Code) == classCode).Select(l => l.Amount));

    public decimal Procurement(ProcurementKind kind) =>
        Money.Sum(Projects.Select(p => p.Procurement.GetValueOrDefault(kind, Money.Zero)));

    /// <summary>Expenditure by functional 类 (code order), only classes with spending.</summary>
    public IReadOnlyList<(string Code, decimal Amount)> ExpenditureByClass =>
        Leaves.GroupBy(l => l.ClassCode, StringComparer.Ordinal)
            .Select(g => (g.Key, Money.Sum(g.Select(l => l.Expenditure))))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
}
