namespace Compliance.Documents.Catalogue;

/// <summary>
/// The standard tables of budget and final-accounts disclosures. Titles vary by year and region
/// (收入支出决算总表 / 收支预算总表 / 部门收支总表), so each table lists keyword sets, not one title.
/// </summary>
public static class StandardTables
{
    /// <summary>收入支出(决算)总表.</summary>
    public const string Summary = "summary";

    /// <summary>收入(决算)表.</summary>
    public const string Income = "income";

    /// <summary>支出(决算)表.</summary>
    public const string Expenditure = "expenditure";

    /// <summary>财政拨款收入支出(决算)总表.</summary>
    public const string FiscalSummary = "fiscalSummary";

    /// <summary>一般公共预算(财政拨款)支出表.</summary>
    public const string GeneralPublic = "generalPublic";

    /// <summary>一般公共预算(财政拨款)基本支出表.</summary>
    public const string GeneralPublicBasic = "generalPublicBasic";

    /// <summary>“三公”经费支出表.</summary>
    public const string Sangong = "sangong";

    /// <summary>政府性基金预算(财政拨款)收入支出表.</summary>
    public const string GovernmentFund = "governmentFund";

    /// <summary>国有资本经营预算(财政拨款)支出表.</summary>
    public const string StateCapital = "stateCapital";

    /// <summary>项目支出表.</summary>
    public const string ProjectExpenditure = "projectExpenditure";

    /// <summary>机关运行经费.</summary>
    public const string OperatingCosts = "operatingCosts";

    /// <summary>政府采购.</summary>
    public const string Procurement = "procurement";

    private static StandardColumn C(string key, string name, params string[] synonyms) => new(key, name, [name, .. synonyms]);

    private static StandardRow R(string key, string name, params string[] synonyms) => new(key, name, [name, .. synonyms]);

    private static string[] K(params string[] words) => words;

    private static readonly StandardRow[] IncomeSideRows =
    [
        R("income.general", "一般公共预算财政拨款收入", "一般公共预算财政拨款", "公共预算财政拨款（补助）", "一般公共预算拨款收入"),
        R("income.fund", "政府性基金预算财政拨款收入", "政府性基金预算财政拨款", "政府性基金预算拨款收入"),
        R("income.capital", "国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款", "国有资本经营预算拨款收入"),
        R("income.upper", "上级补助收入"),
        R("income.business", "事业收入"),
        R("income.operating", "经营收入", "事业单位经营收入"),
        R("income.subsidiary", "附属单位上缴收入"),
        R("income.other", "其他收入"),
        R("income.total", "本年收入合计"),
        R("income.surplusUsed", "使用非财政拨款结余", "用事业基金弥补收支差额", "动用事业基金"),
        R("income.carryIn", "年初结转和结余", "上年结转", "上年结余（转）", "年初财政拨款结转和结余"),
        R("income.grand", "收入总计", "总计", "本年收入总计"),
        // Budget layouts (Hubei 2020) print sub-items under each income source.
        R("income.fiscal", "财政拨款（补助）", "财政拨款(补助)"),
        R("income.general.appropriation", "经费拨款（补助）", "经费拨款(补助)", "经费拨款"),
        R("income.general.assetIncome", "行政事业单位资产收益拨款"),
        R("income.general.nonTax", "其他纳入预算管理的非税拨款"),
        R("income.general.transfer", "上级专项转移支付补助"),
        R("income.fund.appropriation", "政府性基金财政拨款"),
        R("income.fund.transfer", "政府性基金专项转移支付"),
        R("income.business.other", "其他事业收入"),
        R("income.business.special", "专户管理的事业收入"),
        R("income.carryIn.fiscal", "上年财政拨款结余（转）", "上年财政拨款结余(转)"),
        R("income.carryIn.other", "其他结余（转）", "其他结余(转)"),
        // Under 年初财政拨款结转和结余 the fiscal summary repeats the three sources; the reader keys them by position.
        R("income.carryIn.general", "年初结转和结余：一般公共预算财政拨款"),
        R("income.carryIn.fund", "年初结转和结余：政府性基金预算财政拨款"),
        R("income.carryIn.capital", "年初结转和结余：国有资本经营预算财政拨款"),
    ];

    private static readonly StandardRow[] ExpenditureSideRows =
    [
        R("expenditure.total", "本年支出合计"),
        R("expenditure.distribution", "结余分配"),
        R("expenditure.carryOut", "年末结转和结余", "年终结余", "年末财政拨款结转和结余"),
        R("expenditure.grand", "支出总计", "总计", "本年支出总计"),
    ];

    // The economic side (经济分类支出) of three-sided budget summaries: its own totals and 类 rows.
    private static readonly StandardRow[] EconomicSideRows =
    [
        R("economic.total", "本年支出合计"),
        R("economic.carryOut", "年末结转和结余", "年终结余"),
        R("economic.grand", "支出总计", "总计", "本年支出总计"),
        .. EconomicClasses.All.Select(c => R(EconomicClasses.KeyOf(c.Code), c.Name, c.Variants)),
    ];

    /// <summary>Every standard table, in the order the disclosure prints them.</summary>
    public static IReadOnlyList<StandardTable> All { get; } =
    [
        new(Summary, "收入支出决算总表",
            [K("收入支出", "总表"), K("收支", "总表")],
            [C("amount", "金额", "决算数", "预算数"), C("budget", "年初预算数"), C("adjusted", "调整预算数")],
            [.. IncomeSideRows, .. ExpenditureSideRows, .. EconomicSideRows]),
        new(Income, "收入决算表",
            [K("收入", "表")],
            [
                C("total", "本年收入合计", "合计", "收入合计"), C("fiscal", "财政拨款收入", "财政拨款"),
                C("upper", "上级补助收入"), C("business", "事业收入"), C("operating", "经营收入", "事业单位经营收入"),
                C("subsidiary", "附属单位上缴收入"), C("other", "其他收入"), C("carryIn", "上年结转", "年初结转和结余"),
            ],
            [R("total", "合计", "总计", "本年收入合计"), .. IncomeSideRows]),
        new(Expenditure, "支出决算表",
            [K("支出", "表")],
            [
                C("total", "本年支出合计", "合计", "支出合计"), C("basic", "基本支出"), C("project", "项目支出"),
                C("upper", "上缴上级支出"), C("operating", "经营支出", "事业单位经营支出"),
                C("subsidiary", "对附属单位补助支出"),
            ],
            [R("total", "合计", "总计")]),
        new(FiscalSummary, "财政拨款收入支出决算总表",
            [K("财政拨款", "收入支出", "总表"), K("财政拨款", "收支", "总表")],
            [
                C("amount", "金额", "决算数", "预算数"), C("total", "合计", "小计"),
                C("general", "一般公共预算财政拨款", "一般公共预算"), C("fund", "政府性基金预算财政拨款", "政府性基金预算"),
                C("capital", "国有资本经营预算财政拨款", "国有资本经营预算"),
            ],
            [.. IncomeSideRows, .. ExpenditureSideRows, .. EconomicSideRows]),
        new(GeneralPublic, "一般公共预算财政拨款支出决算表",
            [K("一般公共预算", "支出", "表")],
            [C("total", "合计", "小计", "本年支出", "预算数"), C("basic", "基本支出"), C("project", "项目支出")],
            [R("total", "合计", "总计")]),
        new(GeneralPublicBasic, "一般公共预算财政拨款基本支出决算表",
            [K("一般公共预算", "基本支出", "表")],
            [C("amount", "决算数", "合计", "预算数"), C("personnel", "人员经费"), C("public", "公用经费", "日常公用经费")],
            [R("total", "合计"), R("personnel.total", "人员经费合计"), R("public.total", "公用经费合计")]),
        new(Sangong, "一般公共预算财政拨款“三公”经费支出决算表",
            [K("三公", "经费"), K("一般公共预算", "三公", "经费", "表")],
            [C("budget", "预算数", "年初预算数"), C("final", "决算数")],
            [
                R("total", "合计"), R("abroad", "因公出国（境）费", "因公出国(境)费"),
                R("vehicle", "公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车费"),
                R("vehicle.purchase", "公务用车购置费"), R("vehicle.operation", "公务用车运行费", "公务用车运行维护费"),
                R("reception", "公务接待费"),
            ]),
        new(GovernmentFund, "政府性基金预算财政拨款收入支出决算表",
            [K("政府性基金", "表")],
            [
                C("carryIn", "年初结转和结余"), C("income", "本年收入"), C("total", "本年支出", "小计", "合计"),
                C("basic", "基本支出"), C("project", "项目支出"), C("carryOut", "年末结转和结余"),
            ],
            [R("total", "合计")]),
        new(StateCapital, "国有资本经营预算财政拨款支出决算表",
            [K("国有资本经营预算", "表")],
            [C("total", "合计", "本年支出", "小计"), C("basic", "基本支出"), C("project", "项目支出")],
            [R("total", "合计")]),
        new(ProjectExpenditure, "项目支出表",
            [K("项目支出", "表")],
            [C("amount", "金额", "合计", "预算数", "决算数")],
            [R("total", "合计")]),
        new(OperatingCosts, "机关运行经费",
            [K("机关运行经费"), K("机关运行经费", "表")],
            [C("amount", "金额", "决算数", "预算数"), C("previous", "上年数")],
            [R("total", "机关运行经费")]),
        new(Procurement, "政府采购",
            // "政府采购支出表" also holds 支出 + 表, the expenditure table's keywords: the longer set must win.
            [K("政府采购"), K("政府采购", "表")],
            [C("amount", "金额", "决算数", "预算数")],
            [R("total", "政府采购支出总额", "政府采购合计"), R("goods", "货物"), R("works", "工程"), R("services", "服务")]),
    ];

    private static readonly Dictionary<string, StandardTable> ById = All.ToDictionary(t => t.Id, StringComparer.Ordinal);

    /// <summary>The table with the id, or null.</summary>
    public static StandardTable? Find(string id) => ById.GetValueOrDefault(id);
}
