using Compliance.Documents.Model;
using P = Compliance.Documents.Excel.WorkbookLayout.Projects;

namespace Compliance.Documents.Excel;

/// <summary>Reads the projects sheet: a 项目 row, then its 支出明细, 政府采购 and 绩效指标 rows.</summary>
internal static class ProjectSheetReader
{
    public static List<Project> Read(RecordSheet sheet, string defaultUnit)
    {
        var projects = new List<Project>();
        Project? current = null;
        List<AmountLine> expenditure = [], procurement = [];
        List<Indicator> indicators = [];

        void Close()
        {
            if (current is not null)
            {
                projects.Add(current with { ExpenditureLines = expenditure, ProcurementLines = procurement, Indicators = indicators });
            }
        }

        foreach (var (row, type) in sheet.Rows(P.Types))
        {
            if (type == P.Project)
            {
                Close();
                (expenditure, procurement, indicators) = ([], [], []);
                current = new Project
                {
                    Name = sheet.Required(row, P.Name),
                    Code = sheet.Text(row, P.Code),
                    WholeDepartment = sheet.Flag(row, P.WholeDepartment),
                    Unit = sheet.Text(row, P.Unit) ?? defaultUnit,
                    TotalBudget = sheet.Amount(row, P.TotalBudget),
                    CurrentYearBudget = sheet.Amount(row, P.CurrentYear),
                    PriorYears = sheet.Amount(row, P.PriorYears),
                    SourceCell = sheet.Address(row, P.Name),
                };
                continue;
            }

            if (current is null)
            {
                throw new DocumentReadException($"{sheet.Source}: 单元格 {sheet.Address(row, WorkbookLayout.RecordType)} 的“{type}”行出现在任何“项目”行之前，不知道属于哪个项目。");
            }

            if (sheet.Text(row, P.Name) is { } owner && owner != current.Name)
            {
                throw new DocumentReadException($"{sheet.Source}: 单元格 {sheet.Address(row, P.Name)} 的项目名称“{owner}”与上方“项目”行的“{current.Name}”不一致。");
            }

            if (type == P.Indicator)
            {
                indicators.Add(IndicatorRow.Read(sheet, row, P.Level1, P.Level2, P.ItemName, P.Target, P.Actual, P.Weight, P.Score, P.Explanation));
                continue;
            }

            var line = new AmountLine
            {
                Name = sheet.Required(row, P.ItemName),
                Code = sheet.Text(row, P.EconomicCode),
                Amount = sheet.Amount(row, P.Amount),
                SourceCell = sheet.Address(row, P.Amount),
            };
            (type == P.Expenditure ? expenditure : procurement).Add(line);
        }

        Close();
        return projects;
    }
}
