using System.Globalization;
using Compliance.Documents.Model;

namespace Compliance.Documents.Excel;

/// <summary>The first sheet: the basic-information block the reader takes department, year and kind from, and how to fill the workbook.</summary>
internal static class InstructionsSheet
{
    public const int LabelColumn = 1;
    public const int ValueColumn = 2;

    private static readonly string[] Lines =
    [
        "本工作簿用于在正式公开前预先审核部门预算或部门决算。请先在上方黄色单元格填写单位名称、预算年度、文档类型（部门预算或部门决算）和金额单位。",
        "每张标准表一个工作表（表1、表2……），标题、行次、栏次和科目编码按公开表式排列。工作表可以改名，系统按表格标题识别，请勿删改标题中的表名。",
        "A 列“键”是隐藏列，标识固定行（如本年收入合计），请勿修改；新增的科目行不必填写键，填写科目编码和名称即可。",
        "功能分类请按“类、款、项”逐级填列：新增款、项时在所属类之下插入行，填写 3 位、5 位或 7 位科目编码和科目名称。",
        "金额以表头所示单位填写（通常为万元），保留公开时的小数位数；没有数字的单元格请留空，留空表示“未填报”，不等于 0。",
        "可以使用公式，系统读取公式的计算结果；请在保存前完成计算。金额也可以是文本（如“3,946.72”）；“-”或“—”视为留空。",
        "合并单元格、空行、隐藏的工作表都可以保留；无法识别的可见工作表或表头会被指出具体的工作表和单元格，请按提示修改。",
        "某张表没有数据时，在项目列第一行填写“本表无数据”。",
        "“项目绩效目标”表：每个项目先填一行“项目”，其下依次填写该项目的“支出明细”（经济分类编码、金额）、“政府采购”和“绩效指标”（一级指标、二级指标、指标名称、指标值）。",
        "“绩效自评”表：每个评价对象先填一行“自评”（全年预算数、全年执行数、执行率、分值、得分、总分），其下填写各项“绩效指标”的年度指标值、实际完成值、分值和得分。部门整体自评在“部门整体”列填“是”。",
        "审核发现会指出工作表和单元格（如 表1!E27），请据此核对并修改。",
    ];

    public static SheetBuilder Write(DocumentInfo info, bool blank)
    {
        var sheet = new SheetBuilder();
        sheet.Width(LabelColumn, 14);
        sheet.Width(ValueColumn, 110);
        sheet.Text(1, LabelColumn, WorkbookLayout.InstructionsSheet, WorkbookStyles.Title);
        sheet.Merge(1, LabelColumn, 1, ValueColumn);
        var rows = new (string Label, string Value)[]
        {
            (WorkbookLayout.DepartmentLabel, info.Department),
            (WorkbookLayout.YearLabel, info.Year.ToString(CultureInfo.InvariantCulture)),
            (WorkbookLayout.KindLabel, WorkbookLayout.KindText(info.Kind)),
            (WorkbookLayout.UnitLabel, info.Unit),
        };
        for (var i = 0; i < rows.Length; i++)
        {
            sheet.Text(3 + i, LabelColumn, rows[i].Label, WorkbookStyles.Label);
            sheet.Text(3 + i, ValueColumn, blank && i == 0 ? null : rows[i].Value, WorkbookStyles.Input);
        }

        var row = 3 + rows.Length + 1;
        for (var i = 0; i < Lines.Length; i++, row++)
        {
            sheet.Text(row, LabelColumn, (i + 1).ToString(CultureInfo.InvariantCulture) + ".", WorkbookStyles.Paragraph);
            sheet.Text(row, ValueColumn, Lines[i], WorkbookStyles.Paragraph);
        }

        return sheet;
    }
}
