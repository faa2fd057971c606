using Compliance.Documents.Excel;
using Compliance.Documents.Model;

namespace Compliance.Documents.Tests.Excel;

/// <summary>A small final-accounts document and its workbook, written by <see cref="DraftWorkbook"/>.</summary>
internal static class Drafts
{
    public static Document Sample() => new()
    {
        Info = new DocumentInfo { Department = "测试市教育局", Year = 2024, Kind = DocumentKind.FinalAccounts },
        Tables =
        [
            new Table
            {
                Id = "summary",
                Title = "2024年度收入支出决算总表（表1）",
                Columns = [new Column("amount", "决算数", "1")],
                Rows =
                [
                    Row("income.general", "1", null, "一般公共预算财政拨款收入", ("amount", 3946.72m)),
                    Row("income.fund", "2", null, "政府性基金预算财政拨款收入", ("amount", null)),
                    Row("income.total", "3", null, "本年收入合计", ("amount", 3946.72m)),
                    Row(null, "4", "201", "一般公共服务支出", ("amount", 3800.00m)),
                    Row(null, "5", "208", "社会保障和就业支出", ("amount", 146.72m)),
                    Row("expenditure.total", "6", null, "本年支出合计", ("amount", 3946.72m)),
                ],
            },
            new Table
            {
                Id = "sangong",
                Title = "2024年度一般公共预算财政拨款“三公”经费支出决算表（表2）",
                Columns = [new Column("budget", "预算数", "1"), new Column("final", "决算数", "2")],
                Rows =
                [
                    Row("total", null, null, "合计", ("budget", 20.5m), ("final", 18.30m)),
                    Row("abroad", null, null, "因公出国（境）费", ("budget", 10.0m), ("final", 9.10m)),
                    Row("reception", null, null, "公务接待费", ("budget", 10.5m), ("final", 9.20m)),
                ],
            },
            new Table
            {
                Id = "governmentFund",
                Title = "2024年度政府性基金预算财政拨款收入支出决算表（表3）",
                Columns = [new Column("income", "本年收入", "1"), new Column("total", "本年支出", "2")],
                StatedEmpty = true,
            },
        ],
        Projects =
        [
            new Project
            {
                Name = "校舍维修改造",
                Code = "4201111900638",
                TotalBudget = 285.30m,
                CurrentYearBudget = 285.30m,
                ExpenditureLines = [new AmountLine { Name = "大型修缮", Code = "31006", Amount = 285.30m }],
                ProcurementLines = [new AmountLine { Name = "工程", Amount = 195.94m }],
                Indicators =
                [
                    new Indicator { Level1 = "产出", Level2 = "数量", Name = "维修校舍面积", Target = "≥1200 平方米" },
                    new Indicator { Level1 = "满意度", Level2 = "服务对象满意度", Name = "师生满意度", Target = "≥90%" },
                ],
            },
        ],
        SelfEvaluations =
        [
            new SelfEvaluation
            {
                Subject = "校舍维修改造",
                Budget = 285.30m,
                Executed = 264.20m,
                StatedRate = 92.61m,
                Weight = 10m,
                Score = 9.26m,
                TotalScore = 96.26m,
                Explanation = "部分工程尾款次年支付。",
                Indicators = [new Indicator { Level1 = "产出", Level2 = "数量", Name = "维修校舍面积", Target = "≥1200 平方米", Actual = "1250 平方米", Weight = 20m, Score = 20m }],
            },
        ],
    };

    public static byte[] Workbook(Document? document = null)
    {
        using var stream = new MemoryStream();
        DraftWorkbook.Write(document ?? Sample(), stream);
        return stream.ToArray();
    }

    public static Document Read(byte[] workbook) => DocumentLoader.Load(workbook, "draft.xlsx");

    private static Row Row(string? key, string? line, string? code, string name, params (string Column, decimal? Value)[] values) => new()
    {
        Key = key,
        LineNo = line,
        Code = code,
        Name = name,
        Values = values.ToDictionary(v => v.Column, v => v.Value, StringComparer.Ordinal),
    };
}
