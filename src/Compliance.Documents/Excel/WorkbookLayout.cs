namespace Compliance.Documents.Excel;

/// <summary>
/// The shape of the draft workbook, shared by the writer and the readers: sheet names, the labels of the
/// basic-information block, the fixed columns of a standard-table sheet and the columns of the record sheets.
/// </summary>
internal static class WorkbookLayout
{
    public const string InstructionsSheet = "填表说明";
    public const string ProjectsSheet = "项目绩效目标";
    public const string SelfEvaluationsSheet = "绩效自评";

    public const string ProjectsTitle = "项目支出绩效目标表";
    public const string SelfEvaluationsTitle = "绩效自评表";

    public const string DepartmentLabel = "单位名称";
    public const string YearLabel = "预算年度";
    public const string KindLabel = "文档类型";
    public const string UnitLabel = "金额单位";
    public const string BudgetKind = "部门预算";
    public const string FinalKind = "部门决算";

    /// <summary>Hidden column A of a table sheet: the canonical row key, so fixed rows keep their identity.</summary>
    public const string KeyHeader = "键";
    public const string LineNoHeader = "行次";
    public const string CodeHeader = "科目编码";
    public const string NameHeader = "项目";
    public const string NumberLabel = "栏次";

    /// <summary>Written in the name column of a table the department states is empty.</summary>
    public const string EmptyTableNote = "本表无数据";

    /// <summary>Header texts that mark the name column of a table sheet.</summary>
    public static readonly string[] NameHeaders = [NameHeader, "项目名称", "科目名称", "功能分类科目名称", "经济分类科目名称", "支出功能分类科目", "名称"];

    /// <summary>Header texts that mark the code column of a table sheet.</summary>
    public static readonly string[] CodeHeaders = [CodeHeader, "功能分类科目编码", "经济分类科目编码", "科目代码", "编码"];

    public const string RecordType = "行类型";

    /// <summary>Row types and columns of the projects sheet.</summary>
    public static class Projects
    {
        public const string Project = "项目";
        public const string Expenditure = "支出明细";
        public const string Procurement = "政府采购";
        public const string Indicator = "绩效指标";

        public const string Name = "项目名称";
        public const string Code = "项目编码";
        public const string WholeDepartment = "部门整体";
        public const string Unit = "金额单位";
        public const string TotalBudget = "项目总额";
        public const string CurrentYear = "本年预算";
        public const string PriorYears = "以前年度";
        public const string Level1 = "一级指标";
        public const string Level2 = "二级指标";
        public const string ItemName = "明细或指标名称";
        public const string EconomicCode = "经济分类编码";
        public const string Amount = "金额";
        public const string Target = "指标值";
        public const string Actual = "实际完成值";
        public const string Weight = "分值";
        public const string Score = "得分";
        public const string Explanation = "偏差原因";

        public static readonly string[] Types = [Project, Expenditure, Procurement, Indicator];

        public static readonly string[] Columns =
        [
            RecordType, Name, Code, WholeDepartment, Unit, TotalBudget, CurrentYear, PriorYears,
            Level1, Level2, ItemName, EconomicCode, Amount, Target, Actual, Weight, Score, Explanation,
        ];
    }

    /// <summary>Row types and columns of the self-evaluations sheet.</summary>
    public static class SelfEvaluations
    {
        public const string Evaluation = "自评";
        public const string Indicator = "绩效指标";

        public const string Subject = "评价对象";
        public const string WholeDepartment = "部门整体";
        public const string Budget = "全年预算数（A）";
        public const string Executed = "全年执行数（B）";
        public const string Rate = "执行率（%）";
        public const string Weight = "分值";
        public const string Score = "得分";
        public const string TotalScore = "总分";
        public const string Level1 = "一级指标";
        public const string Level2 = "二级指标";
        public const string ItemName = "三级指标";
        public const string Target = "年度指标值";
        public const string Actual = "实际完成值";
        public const string Explanation = "偏差原因及改进措施";

        public static readonly string[] Types = [Evaluation, Indicator];

        public static readonly string[] Columns =
        [
            RecordType, Subject, WholeDepartment, Budget, Executed, Rate, Weight, Score, TotalScore,
            Level1, Level2, ItemName, Target, Actual, Explanation,
        ];
    }

    /// <summary>Sheet name of the n-th standard table (1-based), as the tables number themselves: 表1, 表2, ….</summary>
    public static string TableSheet(int number) => "表" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string KindText(Model.DocumentKind kind) => kind == Model.DocumentKind.Budget ? BudgetKind : FinalKind;
}
