using System.Text.RegularExpressions;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Excel;

/// <summary>
/// Reads a standard-table sheet: finds the header row under the title, maps every header to a canonical column
/// (an unknown header is an error naming its cell), then reads each non-blank row with its key, 行次, 科目编码,
/// name and figures, remembering the cell every figure came from.
/// </summary>
internal static partial class TableSheetReader
{
    private const int HeaderSearchRows = 8;

    public static Table Read(SheetGrid grid, StandardTable standard, int titleRow, int titleColumn, string defaultUnit, string source)
    {
        var title = grid.Shown(titleRow, titleColumn);
        var headerRow = FindHeaderRow(grid, titleRow)
            ?? throw new DocumentReadException(
                $"{source}: 工作表“{grid.Name}”（{title}）在标题 {grid.Address(titleRow, titleColumn)} 下方 {HeaderSearchRows} 行内找不到表头行（需要“项目”或“科目名称”列）。");
        var unit = UnitBetween(grid, titleRow, headerRow) ?? defaultUnit;
        var layout = Layout(grid, standard, headerRow, source);

        var firstData = headerRow + 1;
        // The 栏次 row says so in one of its label cells, or sits under a name header merged down over it.
        var numbered = Enumerable.Range(1, grid.LastColumn).Any(c => grid.Label(firstData, c) == WorkbookLayout.NumberLabel)
            || (grid.At(firstData, layout.Name) is null && grid.Label(firstData, layout.Name) == grid.Label(headerRow, layout.Name));
        var columns = layout.Values
            .Select(v => new Column(v.Key, v.Header, numbered ? SheetValues.Text(grid, firstData, v.Index, source) : null))
            .ToList();
        if (numbered)
        {
            firstData++;
        }

        var rows = new List<Row>();
        var statedEmpty = false;
        for (var r = firstData; r <= grid.LastRow; r++)
        {
            if (grid.IsBlank(r))
            {
                continue;
            }

            var name = SheetValues.Text(grid, r, layout.Name, source);
            var code = layout.Code > 0 ? SheetValues.Text(grid, r, layout.Code, source) : null;
            var values = layout.Values.ToDictionary(v => v.Key, v => SheetValues.Amount(grid, r, v.Index, source), StringComparer.Ordinal);
            var hasValues = values.Values.Any(v => v is not null);
            if (name is null)
            {
                if (hasValues || code is not null)
                {
                    throw new DocumentReadException($"{source}: 单元格 {grid.Address(r, layout.Name)} 缺少项目名称，但该行填有科目编码或金额。");
                }

                continue;
            }

            if (!hasValues && code is null && (name.Contains(WorkbookLayout.EmptyTableNote, StringComparison.Ordinal) || name.Contains("空表", StringComparison.Ordinal)))
            {
                statedEmpty = true;
                continue;
            }

            if (!hasValues && code is null && (name.StartsWith('注') || name.StartsWith("说明", StringComparison.Ordinal)))
            {
                continue;
            }

            rows.Add(new Row
            {
                Key = RowKey(grid, standard, layout, r, name, code, source),
                LineNo = layout.LineNo > 0 ? SheetValues.Text(grid, r, layout.LineNo, source) : null,
                Code = code,
                Name = name,
                Values = values,
                SourceCells = layout.Values.ToDictionary(v => v.Key, v => grid.Address(r, v.Index), StringComparer.Ordinal),
            });
        }

        return new Table { Id = standard.Id, Title = title, Unit = unit, Columns = columns, Rows = rows, StatedEmpty = statedEmpty };
    }

    private static int? FindHeaderRow(SheetGrid grid, int titleRow)
    {
        for (var r = titleRow + 1; r <= Math.Min(grid.LastRow, titleRow + HeaderSearchRows); r++)
        {
            for (var c = 1; c <= grid.LastColumn; c++)
            {
                if (WorkbookLayout.NameHeaders.Contains(grid.Label(r, c), StringComparer.Ordinal))
                {
                    return r;
                }
            }
        }

        return null;
    }

    private static string? UnitBetween(SheetGrid grid, int titleRow, int headerRow)
    {
        for (var r = titleRow; r < headerRow; r++)
        {
            for (var c = 1; c <= grid.LastColumn; c++)
            {
                if (UnitPattern().Match(grid.Label(r, c)) is { Success: true } m)
                {
                    return m.Groups[1].Value;
                }
            }
        }

        return null;
    }

    private sealed record ValueColumn(string Key, string Header, int Index);

    private sealed record SheetLayout(int Key, int LineNo, int Code, int Name, List<ValueColumn> Values);

    private static SheetLayout Layout(SheetGrid grid, StandardTable standard, int headerRow, string source)
    {
        int key = 0, lineNo = 0, code = 0, name = 0;
        var values = new List<ValueColumn>();
        for (var c = 1; c <= grid.LastColumn; c++)
        {
            var label = grid.Label(headerRow, c);
            if (label.Length == 0)
            {
                continue;
            }

            if (label == WorkbookLayout.KeyHeader)
            {
                key = c;
            }
            else if (label == WorkbookLayout.LineNoHeader)
            {
                lineNo = c;
            }
            else if (name == 0 && WorkbookLayout.NameHeaders.Contains(label, StringComparer.Ordinal))
            {
                name = c;
            }
            else if (code == 0 && WorkbookLayout.CodeHeaders.Contains(label, StringComparer.Ordinal))
            {
                code = c;
            }
            else
            {
                var column = standard.Columns.FirstOrDefault(sc => sc.Synonyms.Any(s => SheetGrid.Normalize(s) == label))
                    ?? throw new DocumentReadException(
                        $"{source}: 工作表“{grid.Name}”的表头 {grid.Address(headerRow, c)}“{grid.Shown(headerRow, c)}”不是《{standard.Name}》的栏目；可用的栏目：{string.Join("、", standard.Columns.Select(sc => sc.Name))}。");
                if (values.Find(v => v.Key == column.Key) is { } twice)
                {
                    throw new DocumentReadException(
                        $"{source}: 工作表“{grid.Name}”的表头 {grid.Address(headerRow, twice.Index)} 与 {grid.Address(headerRow, c)} 是同一栏目“{column.Name}”。");
                }

                values.Add(new ValueColumn(column.Key, grid.Shown(headerRow, c), c));
            }
        }

        return new SheetLayout(key, lineNo, code, name, values);
    }

    private static string? RowKey(SheetGrid grid, StandardTable standard, SheetLayout layout, int row, string name, string? code, string source)
    {
        if (layout.Key > 0 && SheetValues.Text(grid, row, layout.Key, source) is { } key)
        {
            return standard.Row(key) is not null
                ? key
                : throw new DocumentReadException($"{source}: 单元格 {grid.Address(row, layout.Key)} 的键“{key}”不是《{standard.Name}》的固定行；隐藏列“键”请勿修改，新增行留空即可。");
        }

        if (code is not null)
        {
            return null;
        }

        var label = SheetGrid.Normalize(name);
        return standard.Rows.FirstOrDefault(r => r.Synonyms.Any(s => SheetGrid.Normalize(s) == label))?.Key;
    }

    [GeneratedRegex("^(?:金额)?单位[:：](.+)$")]
    private static partial Regex UnitPattern();
}
