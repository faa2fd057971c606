namespace Compliance.Documents.Catalogue;

/// <summary>
/// The 类 level of the departmental economic classification (部门预算支出经济分类), which budget summary
/// tables print as a middle side (经济分类支出) next to the functional one.
/// </summary>
public static class EconomicClasses
{
    /// <summary>Code → name of every 类, with the variants budgets print.</summary>
    public static IReadOnlyList<(string Code, string Name, string[] Variants)> All { get; } =
    [
        ("301", "工资福利支出", ["工资福利性支出"]),
        ("302", "商品和服务支出", []),
        ("303", "对个人和家庭的补助", ["对个人和家庭补助"]),
        ("307", "债务利息及费用支出", []),
        ("309", "资本性支出（基本建设）", ["资本性支出(基本建设)"]),
        ("310", "资本性支出", []),
        ("311", "对企业补助（基本建设）", ["对企业补助(基本建设)"]),
        ("312", "对企业补助", []),
        ("313", "对社会保障基金补助", []),
        ("399", "其他支出", []),
    ];

    /// <summary>Row key of an economic class on a summary table's economic side (<c>economic.301</c>).</summary>
    public static string KeyOf(string code) => "economic." + code;
}
