using Compliance.Documents.Model;

namespace Compliance.Documents.Excel;

/// <summary>A 绩效指标 row of a record sheet, with the column names that sheet uses.</summary>
internal static class IndicatorRow
{
    public static Indicator Read(RecordSheet sheet, int row, string level1, string level2, string name, string target, string actual, string weight, string score, string explanation) => new()
    {
        Level1 = sheet.Required(row, level1),
        Level2 = sheet.Text(row, level2),
        Name = sheet.Required(row, name),
        Target = sheet.Text(row, target),
        Actual = sheet.Text(row, actual),
        Weight = sheet.Amount(row, weight),
        Score = sheet.Amount(row, score),
        Explanation = sheet.Text(row, explanation),
        SourceCell = sheet.Address(row, name),
    };
}
