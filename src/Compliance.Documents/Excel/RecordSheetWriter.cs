using Compliance.Documents.Model;

namespace Compliance.Documents.Excel;

/// <summary>
/// Writes projects and self-evaluations as record sheets: one row per project / evaluation, followed by its
/// expenditure, procurement and indicator rows, each marked in the 行类型 column.
/// </summary>
internal static class RecordSheetWriter
{
    private const int HeaderRow = 3;

    public static SheetBuilder Projects(IReadOnlyList<Project> projects, string department, int inputRows)
    {
        var columns = WorkbookLayout.Projects.Columns;
        var sheet = Start(WorkbookLayout.ProjectsTitle, department, columns);
        var row = HeaderRow + 1;
        foreach (var p in projects)
        {
            var cells = Row(sheet, row++, columns);
            cells.Text(WorkbookLayout.RecordType, WorkbookLayout.Projects.Project);
            cells.Text(WorkbookLayout.Projects.Name, p.Name);
            cells.Text(WorkbookLayout.Projects.Code, p.Code);
            cells.Text(WorkbookLayout.Projects.WholeDepartment, p.WholeDepartment ? "是" : "否");
            cells.Text(WorkbookLayout.Projects.Unit, p.Unit);
            cells.Number(WorkbookLayout.Projects.TotalBudget, p.TotalBudget);
            cells.Number(WorkbookLayout.Projects.CurrentYear, p.CurrentYearBudget);
            cells.Number(WorkbookLayout.Projects.PriorYears, p.PriorYears);
            foreach (var (type, lines) in new[] { (WorkbookLayout.Projects.Expenditure, p.ExpenditureLines), (WorkbookLayout.Projects.Procurement, p.ProcurementLines) })
            {
                foreach (var line in lines)
                {
                    var l = Row(sheet, row++, columns);
                    l.Text(WorkbookLayout.RecordType, type);
                    l.Text(WorkbookLayout.Projects.Name, p.Name);
                    l.Text(WorkbookLayout.Projects.ItemName, line.Name);
                    l.Text(WorkbookLayout.Projects.EconomicCode, line.Code);
                    l.Number(WorkbookLayout.Projects.Amount, line.Amount);
                }
            }

            foreach (var indicator in p.Indicators)
            {
                var l = Row(sheet, row++, columns);
                l.Text(WorkbookLayout.RecordType, WorkbookLayout.Projects.Indicator);
                l.Text(WorkbookLayout.Projects.Name, p.Name);
                Indicator(l, indicator, WorkbookLayout.Projects.Level1, WorkbookLayout.Projects.Level2, WorkbookLayout.Projects.ItemName,
                    WorkbookLayout.Projects.Target, WorkbookLayout.Projects.Actual, WorkbookLayout.Projects.Weight, WorkbookLayout.Projects.Score,
                    WorkbookLayout.Projects.Explanation);
            }
        }

        return Finish(sheet, row, inputRows, columns, WorkbookLayout.Projects.Types);
    }

    public static SheetBuilder SelfEvaluations(IReadOnlyList<SelfEvaluation> evaluations, string department, int inputRows)
    {
        var columns = WorkbookLayout.SelfEvaluations.Columns;
        var sheet = Start(WorkbookLayout.SelfEvaluationsTitle, department, columns);
        var row = HeaderRow + 1;
        foreach (var e in evaluations)
        {
            var cells = Row(sheet, row++, columns);
            cells.Text(WorkbookLayout.RecordType, WorkbookLayout.SelfEvaluations.Evaluation);
            cells.Text(WorkbookLayout.SelfEvaluations.Subject, e.Subject);
            cells.Text(WorkbookLayout.SelfEvaluations.WholeDepartment, e.WholeDepartment ? "是" : "否");
            cells.Number(WorkbookLayout.SelfEvaluations.Budget, e.Budget);
            cells.Number(WorkbookLayout.SelfEvaluations.Executed, e.Executed);
            cells.Number(WorkbookLayout.SelfEvaluations.Rate, e.StatedRate);
            cells.Number(WorkbookLayout.SelfEvaluations.Weight, e.Weight);
            cells.Number(WorkbookLayout.SelfEvaluations.Score, e.Score);
            cells.Number(WorkbookLayout.SelfEvaluations.TotalScore, e.TotalScore);
            cells.Text(WorkbookLayout.SelfEvaluations.Explanation, e.Explanation);
            foreach (var indicator in e.Indicators)
            {
                var l = Row(sheet, row++, columns);
                l.Text(WorkbookLayout.RecordType, WorkbookLayout.SelfEvaluations.Indicator);
                l.Text(WorkbookLayout.SelfEvaluations.Subject, e.Subject);
                Indicator(l, indicator, WorkbookLayout.SelfEvaluations.Level1, WorkbookLayout.SelfEvaluations.Level2, WorkbookLayout.SelfEvaluations.ItemName,
                    WorkbookLayout.SelfEvaluations.Target, WorkbookLayout.SelfEvaluations.Actual, WorkbookLayout.SelfEvaluations.Weight,
                    WorkbookLayout.SelfEvaluations.Score, WorkbookLayout.SelfEvaluations.Explanation);
            }
        }

        return Finish(sheet, row, inputRows, columns, WorkbookLayout.SelfEvaluations.Types);
    }

    private static void Indicator(RowCells cells, Indicator i, string level1, string level2, string name, string target, string actual, string weight, string score, string explanation)
    {
        cells.Text(level1, i.Level1);
        cells.Text(level2, i.Level2);
        cells.Text(name, i.Name);
        cells.Text(target, i.Target);
        cells.Text(actual, i.Actual);
        cells.Number(weight, i.Weight);
        cells.Number(score, i.Score);
        cells.Text(explanation, i.Explanation);
    }

    private static SheetBuilder Start(string title, string department, string[] columns)
    {
        var sheet = new SheetBuilder();
        for (var c = 1; c <= columns.Length; c++)
        {
            sheet.Width(c, c == 1 ? 10 : 14);
        }

        sheet.Text(1, 1, title, WorkbookStyles.Title);
        sheet.Merge(1, 1, 1, columns.Length);
        sheet.Text(2, 1, "编制单位：" + department, WorkbookStyles.Paragraph);
        sheet.Merge(2, 1, 2, 4);
        for (var c = 0; c < columns.Length; c++)
        {
            sheet.Text(HeaderRow, c + 1, columns[c], WorkbookStyles.Header);
        }

        return sheet;
    }

    private static SheetBuilder Finish(SheetBuilder sheet, int row, int inputRows, string[] columns, string[] types)
    {
        for (var i = 0; i < inputRows; i++)
        {
            var cells = Row(sheet, row++, columns);
            foreach (var column in columns)
            {
                cells.Text(column, null);
            }
        }

        sheet.ListValidation(1, HeaderRow + 1, Math.Max(row, HeaderRow + 500), types);
        return sheet;
    }

    private static RowCells Row(SheetBuilder sheet, int row, string[] columns) => new(sheet, row, columns);

    /// <summary>Writes cells of one row by column header.</summary>
    private sealed class RowCells(SheetBuilder sheet, int row, string[] columns)
    {
        public void Text(string column, string? text) => sheet.Text(row, Index(column), text, WorkbookStyles.Code);

        public void Number(string column, decimal? value) => sheet.Number(row, Index(column), value);

        private int Index(string column) => Array.IndexOf(columns, column) + 1;
    }
}
