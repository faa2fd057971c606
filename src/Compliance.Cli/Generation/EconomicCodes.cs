namespace Compliance.Cli.Generation;

/// <summary>Names of the 支出经济分类 classes (类, 3 digits) and items (款, 5 digits) the generator uses.</summary>
internal static class EconomicCodes
{
    public const string Wages = "301";
    public const string Goods = "302";
    public const string Households = "303";
    public const string Capital = "310";

    public const string Abroad = "30212";
    public const string Reception = "30217";
    public const string VehicleOperation = "30231";
    public const string VehiclePurchase = "31013";

    public static IReadOnlyDictionary<string, string> Classes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Wages] = "工资福利支出",
        [Goods] = "商品和服务支出",
        [Households] = "对个人和家庭的补助",
        [Capital] = "资本性支出",
    };

    /// <summary>The items a 基本支出表 prints, in printed order; zero items print blank.</summary>
    public static IReadOnlyList<(string Code, string Name)> BasicItems { get; } =
    [
        ("30101", "基本工资"), ("30102", "津贴补贴"), ("30103", "奖金"), ("30106", "伙食补助费"), ("30107", "绩效工资"),
        ("30108", "机关事业单位基本养老保险缴费"), ("30109", "职业年金缴费"), ("30110", "职工基本医疗保险缴费"),
        ("30111", "公务员医疗补助缴费"), ("30112", "其他社会保障缴费"), ("30113", "住房公积金"), ("30114", "医疗费"),
        ("30199", "其他工资福利支出"),
        ("30201", "办公费"), ("30202", "印刷费"), ("30205", "水费"), ("30206", "电费"), ("30207", "邮电费"),
        ("30209", "物业管理费"), ("30211", "差旅费"), (Abroad, "因公出国（境）费用"), ("30213", "维修（护）费"),
        ("30214", "租赁费"), ("30215", "会议费"), ("30216", "培训费"), (Reception, "公务接待费"), ("30226", "劳务费"),
        ("30227", "委托业务费"), ("30228", "工会经费"), ("30229", "福利费"), (VehicleOperation, "公务用车运行维护费"),
        ("30239", "其他交通费用"), ("30299", "其他商品和服务支出"),
        ("30301", "离休费"), ("30302", "退休费"), ("30304", "抚恤金"), ("30305", "生活补助"), ("30399", "其他对个人和家庭的补助"),
        ("31002", "办公设备购置"), (VehiclePurchase, "公务用车购置"),
    ];

    /// <summary>Items project spending is booked to, with the procurement category a purchase under it falls in.</summary>
    public static IReadOnlyList<(string Code, string Name, ProcurementKind? Procurement)> ProjectItems { get; } =
    [
        ("30201", "办公费", null), ("30202", "印刷费", null), ("30211", "差旅费", null),
        ("30213", "维修（护）费", ProcurementKind.Services), ("30215", "会议费", null), ("30216", "培训费", null),
        ("30226", "劳务费", null), ("30227", "委托业务费", ProcurementKind.Services), ("30299", "其他商品和服务支出", null),
        ("31002", "办公设备购置", ProcurementKind.Goods), ("31006", "大型修缮", ProcurementKind.Works),
        ("31007", "信息网络及软件购置更新", ProcurementKind.Goods),
    ];

    /// <summary>The 类 of an item code.</summary>
    public static string ClassOf(string code) => code[..3];
}

/// <summary>政府采购 categories: 货物, 工程, 服务.</summary>
internal enum ProcurementKind
{
    Goods,
    Works,
    Services,
}
