using Compliance.Documents.Model;
using S = Compliance.Documents.Excel.WorkbookLayout.SelfEvaluations;

namespace Compliance.Documents.Excel;

/// <summary>Reads the self-evaluations sheet: a 自评 row, then its 绩效指标 rows.</summary>
internal static class SelfEvaluationSheetReader
{
    public static List<SelfEvaluation> Read(RecordSheet sheet)
    {
        var evaluations = new List<SelfEvaluation>();
        SelfEvaluation? current = null;
        List<Indicator> indicators = [];

        void Close()
        {
            if (current is not null)
            {
                evaluations.Add(current with { Indicators = indicators });
            }
        }

        foreach (var (row, type) in sheet.Rows(S.Types))
        {
            if (type == S.Evaluation)
            {
                Close();
                indicators = [];
                current = new SelfEvaluation
                {
                    Subject = sheet.Required(row, S.Subject),
                    WholeDepartment = sheet.Flag(row, S.WholeDepartment),
                    Budget = sheet.Amount(row, S.Budget),
                    Executed = sheet.Amount(row, S.Executed),
                    StatedRate = sheet.Amount(row, S.Rate, percent: true),
                    Weight = sheet.Amount(row, S.Weight),
                    Score = sheet.Amount(row, S.Score),
                    TotalScore = sheet.Amount(row, S.TotalScore),
                    Explanation = sheet.Text(row, S.Explanation),
                    SourceCell = sheet.Address(row, S.Subject),
                };
                continue;
            }

            if (current is null)
            {
                throw new DocumentReadException($"{sheet.Source}: 单元格 {sheet.Address(row, WorkbookLayout.RecordType)} 的“{type}”行出现在任何“自评”行之前，不知道属于哪个评价对象。");
            }

            if (sheet.Text(row, S.Subject) is { } owner && owner != current.Subject)
            {
                throw new DocumentReadException($"{sheet.Source}: 单元格 {sheet.Address(row, S.Subject)} 的评价对象“{owner}”与上方“自评”行的“{current.Subject}”不一致。");
            }

            indicators.Add(IndicatorRow.Read(sheet, row, S.Level1, S.Level2, S.ItemName, S.Target, S.Actual, S.Weight, S.Score, S.Explanation));
        }

        Close();
        return evaluations;
    }
}
