using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Excel;

/// <summary>
/// Reads a filled draft workbook into the canonical document. Sheets are recognised by content, not by name:
/// the basic-information block, record sheets by their 行类型 header, standard tables by their title. A visible
/// sheet that is none of these is an error; a hidden one is someone's helper sheet and is listed as ignored.
/// </summary>
internal static class WorkbookReader
{
    private const int TitleSearchRows = 10;

    public static DisclosureReadResult Read(byte[] content, string fileName, long maxInflatedBytes = WorkbookPackage.MaxInflatedBytes)
    {
        WorkbookPackage.Check(content, fileName, maxInflatedBytes);
        var grids = WorkbookLoader.Load(content, fileName);
        var infoSheet = grids.FirstOrDefault(InfoReader.IsInfoSheet)
            ?? throw new DocumentReadException($"{fileName}: 工作簿缺少基本信息：找不到“{WorkbookLayout.DepartmentLabel}”（应在“{WorkbookLayout.InstructionsSheet}”工作表）。");
        var info = InfoReader.Read(infoSheet, fileName);

        var tables = new List<(Table Table, string Sheet)>();
        var recognised = new List<RecognisedTable>();
        var ignored = new List<UnmappedLine>();
        var projects = new List<Project>();
        var evaluations = new List<SelfEvaluation>();
        foreach (var grid in grids)
        {
            if (ReferenceEquals(grid, infoSheet) || grid.LastRow == 0)
            {
                continue;
            }

            if (RecordSheet.FindHeaderRow(grid) is { } headerRow)
            {
                if (RecordSheet.HasHeader(grid, headerRow, WorkbookLayout.SelfEvaluations.Subject))
                {
                    evaluations.AddRange(SelfEvaluationSheetReader.Read(
                        RecordSheet.Open(grid, headerRow, WorkbookLayout.SelfEvaluations.Columns, WorkbookLayout.SelfEvaluations.Subject, fileName)));
                }
                else
                {
                    projects.AddRange(ProjectSheetReader.Read(
                        RecordSheet.Open(grid, headerRow, WorkbookLayout.Projects.Columns, WorkbookLayout.Projects.Name, fileName), info.Unit));
                }

                continue;
            }

            var (titleRow, titleColumn) = TitlePosition(grid);
            var title = titleRow > 0 ? grid.Shown(titleRow, titleColumn) : "";
            if (TableTitles.Match(title) is not { } standard)
            {
                if (grid.Hidden)
                {
                    ignored.Add(new UnmappedLine(0, $"隐藏工作表“{grid.Name}”", "不是可识别的标准表，已忽略"));
                    continue;
                }

                throw new DocumentReadException(titleRow > 0
                    ? $"{fileName}: 工作表“{grid.Name}”的标题 {grid.Address(titleRow, titleColumn)}“{title}”不是可识别的标准表、项目表或自评表；请保留模板中的表名，或删除该工作表。"
                    : $"{fileName}: 工作表“{grid.Name}”前 {TitleSearchRows} 行没有标题，无法识别；请保留模板中的表名，或删除该工作表。");
            }

            if (tables.Find(t => t.Table.Id == standard.Id) is { Table: not null } twice)
            {
                throw new DocumentReadException($"{fileName}: 工作表“{twice.Sheet}”和“{grid.Name}”都是《{standard.Name}》，每张标准表只能有一份。");
            }

            var table = TableSheetReader.Read(grid, standard, titleRow, titleColumn, info.Unit, fileName);
            tables.Add((table, grid.Name));
            recognised.Add(new RecognisedTable(table.Id, table.Title, table.Rows.Count, titleRow, table.Unit));
        }

        var document = new Document
        {
            Info = info,
            Tables = [.. tables.Select(t => t.Table)],
            Projects = projects,
            SelfEvaluations = evaluations,
        };
        var statistics = new ParseStatistics
        {
            Tables = recognised,
            Projects = projects.Count,
            SelfEvaluations = evaluations.Count,
            Unmapped = ignored,
        };
        return new DisclosureReadResult(document, statistics);
    }

    private static (int Row, int Column) TitlePosition(SheetGrid grid)
    {
        for (var r = 1; r <= Math.Min(grid.LastRow, TitleSearchRows); r++)
        {
            for (var c = 1; c <= grid.LastColumn; c++)
            {
                if (grid.Text(r, c) is not null)
                {
                    return (r, c);
                }
            }
        }

        return (0, 0);
    }
}
