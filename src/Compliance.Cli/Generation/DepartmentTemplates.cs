namespace Compliance.Cli.Generation;

/// <summary>A functional classification entry (款 or 项): code and name as printed.</summary>
internal sealed record FunctionalItem(string Code, string Name);

/// <summary>
/// A kind of department: its name and slug, whether it is an administrative unit (行政单位, 行政运行)
/// or a public institution (事业单位, 事业运行), the 款 its own spending falls under, and project names.
/// </summary>
internal sealed record DepartmentTemplate(
    string Name,
    string Slug,
    bool Administrative,
    FunctionalItem Subclass,
    FunctionalItem Operating,
    IReadOnlyList<FunctionalItem> ProjectItems,
    IReadOnlyList<string> ProjectNames);

/// <summary>The department kinds the generator draws from, with real 款/项 codes of 政府收支分类科目.</summary>
internal static class DepartmentTemplates
{
    /// <summary>Projects any department may run.</summary>
    public static IReadOnlyList<string> CommonProjects { get; } =
        ["党建工作经费", "办公后勤保障经费", "信息化系统运行维护经费", "档案数字化整理经费"];

    public static IReadOnlyList<DepartmentTemplate> All { get; } =
    [
        Admin("生态环境局", "ecology-environment-bureau", "21101", "环境保护管理事务",
            "大气污染防治专项经费", "环境监测运行经费", "生态环境执法检查经费", "突发环境事件应急处置经费"),
        Admin("教育局", "education-bureau", "20501", "教育管理事务",
            "教师培训经费", "校园安全管理经费", "教育信息化建设经费", "学生资助管理经费"),
        Admin("卫生健康委员会", "health-commission", "21001", "卫生健康管理事务",
            "基本公共卫生服务管理经费", "爱国卫生运动经费", "卫生监督执法经费", "健康教育宣传经费"),
        Admin("民政局", "civil-affairs-bureau", "20802", "民政管理事务",
            "社区治理专项经费", "养老服务监管经费", "婚姻登记管理经费", "社会组织培育经费"),
        Admin("人力资源和社会保障局", "human-resources-bureau", "20801", "人力资源和社会保障管理事务",
            "就业创业服务经费", "劳动保障监察经费", "人才引进工作经费"),
        Admin("交通运输局", "transport-bureau", "21401", "公路水路运输",
            "农村公路养护管理经费", "交通运输安全监管经费", "公交线网优化研究经费"),
        Admin("农业农村局", "agriculture-bureau", "21301", "农业农村",
            "高标准农田建设管理经费", "动物防疫工作经费", "农产品质量安全监测经费"),
        Admin("文化和旅游局", "culture-tourism-bureau", "20701", "文化和旅游",
            "公共文化服务活动经费", "文物保护巡查经费", "旅游市场监管经费"),
        Admin("城市管理执法局", "urban-management-bureau", "21201", "城乡社区管理事务",
            "市容环境整治经费", "城管执法装备购置经费", "数字城管运行经费"),
        Admin("应急管理局", "emergency-management-bureau", "22401", "应急管理事务",
            "安全生产检查经费", "应急演练经费", "应急物资储备经费"),
        Admin("科学技术局", "science-technology-bureau", "20601", "科学技术管理事务",
            "科技成果转化服务经费", "科普活动经费"),
        Admin("统计局", "statistics-bureau", "20105", "统计信息事务",
            "经济普查工作经费", "统计调查经费", "统计数据质量核查经费"),
        Admin("审计局", "audit-bureau", "20108", "审计事务",
            "审计项目外聘中介经费", "审计信息化建设经费"),
        Admin("财政局", "finance-bureau", "20106", "财政事务",
            "预算绩效评价经费", "财政信息化运维经费", "国库集中支付管理经费"),
        Admin("市场监督管理局", "market-regulation-bureau", "20138", "市场监督管理事务",
            "食品安全抽检经费", "特种设备安全监察经费", "计量检定经费"),
        Admin("发展和改革委员会", "development-reform-commission", "20104", "发展与改革事务",
            "重大项目前期研究经费", "价格监测经费"),
        Admin("自然资源和规划局", "natural-resources-bureau", "22001", "自然资源事务",
            "国土空间规划编制经费", "不动产登记运行经费"),
        Admin("退役军人事务局", "veterans-affairs-bureau", "20828", "退役军人管理事务",
            "退役军人服务站建设经费", "优抚对象走访慰问经费"),
        Admin("水务局", "water-bureau", "21303", "水利",
            "河湖长制工作经费", "防汛抗旱经费", "水土保持监测经费"),
        Institution("大数据中心", "big-data-center",
            "网络传输建设运行维护费", "政务数据共享平台运维经费", "网格化服务平台运行经费", "网络安全防护经费"),
        Institution("机关事务服务中心", "government-affairs-service-center",
            "办公楼物业管理经费", "公务用车服务平台运行经费", "机关食堂运行经费"),
        Institution("政务服务中心", "public-service-center",
            "政务服务大厅运行经费", "12345热线坐席服务外包经费"),
    ];

    // 行政运行 (xx01) carries basic spending of administrative units; projects go to 一般行政管理事务 (xx02)
    // or 其他…支出 (xx99), the pattern that holds across these 款.
    private static DepartmentTemplate Admin(string name, string slug, string code, string subclass, params string[] projects) =>
        new(name, slug, true, new(code, subclass), new(code + "01", "行政运行"),
            [new(code + "02", "一般行政管理事务"), new(code + "99", "其他" + subclass + "支出")], projects);

    // Public institutions under 政府办公厅（室）及相关机构事务 book both basic and project spending to 事业运行 (2010350).
    private static DepartmentTemplate Institution(string name, string slug, params string[] projects) =>
        new(name, slug, false, new("20103", "政府办公厅（室）及相关机构事务"), new("2010350", "事业运行"),
            [new("2010350", "事业运行"), new("2010399", "其他政府办公厅（室）及相关机构事务支出")], projects);
}
