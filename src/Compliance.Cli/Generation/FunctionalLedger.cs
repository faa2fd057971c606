namespace Compliance.Cli.Generation;

/// <summary>
/// One 项 (7-digit functional code) with its leaf amounts. Everything printed per functional code is
/// derived from these leaves, so every 款 and 类 row is an exact sum.
/// </summary>
internal sealed record FunctionalLeaf(FunctionalItem Subclass, FunctionalItem Item, decimal Basic, decimal Project, decimal CarryIn, decimal CarryOut)
{
    public string ClassCode => Item.Code[..3];

    public decimal Expenditure => Basic + Project;

    /// <summary>Income that funds the year's spending: spending plus what is carried out, less what was carried in.</summary>
    public decimal Income => Expenditure + CarryOut - CarryIn;
}

/// <summary>
/// Books basic spending (by economic item) and project spending to functional 项, the way a finance office
/// maps payroll items to 社会保障和就业 / 卫生健康 / 住房保障 and the rest to the department's 行政运行 or 事业运行.
/// </summary>
internal static class FunctionalLedger
{
    private static readonly FunctionalItem Pensions = new("20805", "行政事业单位养老支出");
    private static readonly FunctionalItem Compensation = new("20808", "抚恤");
    private static readonly FunctionalItem Medical = new("21011", "行政事业单位医疗");
    private static readonly FunctionalItem Housing = new("22102", "住房改革支出");

    public static IReadOnlyList<FunctionalLeaf> Build(
        DepartmentTemplate template, IEnumerable<EconomicLine> basic, IEnumerable<ProjectDraft> projects)
    {
        var leaves = new Dictionary<string, FunctionalLeaf>(StringComparer.Ordinal);
        foreach (var line in basic.Where(l => l.Amount != 0m))
        {
            var (subclass, item) = BookBasic(template, line.Code);
            Add(leaves, new FunctionalLeaf(subclass, item, line.Amount, Money.Zero, Money.Zero, Money.Zero));
        }

        foreach (var project in projects)
        {
            Add(leaves, new FunctionalLeaf(template.Subclass, project.Item, Money.Zero, project.Amount, project.CarryIn, project.CarryOut));
        }

        return leaves.Values.OrderBy(l => l.Item.Code, StringComparer.Ordinal).ToList();
    }

    private static (FunctionalItem Subclass, FunctionalItem Item) BookBasic(DepartmentTemplate template, string economicCode)
    {
        var admin = template.Administrative;
        return economicCode switch
        {
            "30108" => (Pensions, new("2080505", "机关事业单位基本养老保险缴费支出")),
            "30109" => (Pensions, new("2080506", "机关事业单位职业年金缴费支出")),
            "30302" => (Pensions, admin ? new("2080501", "行政单位离退休") : new("2080502", "事业单位离退休")),
            "30304" => (Compensation, new("2080801", "死亡抚恤")),
            "30110" => (Medical, admin ? new("2101101", "行政单位医疗") : new("2101102", "事业单位医疗")),
            "30111" => (Medical, new("2101103", "公务员医疗补助")),
            "30113" => (Housing, new("2210201", "住房公积金")),
            _ => (template.Subclass, template.Operating),
        };
    }

    private static void Add(Dictionary<string, FunctionalLeaf> leaves, FunctionalLeaf leaf)
    {
        leaves[leaf.Item.Code] = leaves.TryGetValue(leaf.Item.Code, out var existing)
            ? existing with
            {
                Basic = existing.Basic + leaf.Basic,
                Project = existing.Project + leaf.Project,
                CarryIn = existing.CarryIn + leaf.CarryIn,
                CarryOut = existing.CarryOut + leaf.CarryOut,
            }
            : leaf;
    }
}
