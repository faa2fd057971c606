namespace Compliance.Documents.Excel;

/// <summary>
/// A record sheet (projects, self-evaluations) located by its 行类型 header: maps each header to its column
/// and walks the typed rows. A header the layout does not know, a row without a type or with an unknown type is
/// an error naming the cell.
/// </summary>
internal sealed class RecordSheet
{
    private readonly Dictionary<string, int> columns;

    private RecordSheet(SheetGrid grid, int headerRow, Dictionary<string, int> columns, string source)
    {
        Grid = grid;
        HeaderRow = headerRow;
        this.columns = columns;
        Source = source;
    }

    public SheetGrid Grid { get; }

    public int HeaderRow { get; }

    public string Source { get; }

    /// <summary>The row holding a 行类型 header within the first rows, or null.</summary>
    public static int? FindHeaderRow(SheetGrid grid)
    {
        for (var r = 1; r <= Math.Min(grid.LastRow, 10); r++)
        {
            for (var c = 1; c <= grid.LastColumn; c++)
            {
                if (grid.Label(r, c) == WorkbookLayout.RecordType)
                {
                    return r;
                }
            }
        }

        return null;
    }

    /// <summary>True when the header row holds the given header.</summary>
    public static bool HasHeader(SheetGrid grid, int headerRow, string header)
    {
        for (var c = 1; c <= grid.LastColumn; c++)
        {
            if (grid.Label(headerRow, c) == SheetGrid.Normalize(header))
            {
                return true;
            }
        }

        return false;
    }

    public static RecordSheet Open(SheetGrid grid, int headerRow, string[] known, string required, string source)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 1; c <= grid.LastColumn; c++)
        {
            var label = grid.Label(headerRow, c);
            if (label.Length == 0)
            {
                continue;
            }

            var header = known.FirstOrDefault(k => SheetGrid.Normalize(k) == label)
                ?? throw new DocumentReadException(
                    $"{source}: 工作表“{grid.Name}”的表头 {grid.Address(headerRow, c)}“{grid.Shown(headerRow, c)}”无法识别；可用的列：{string.Join("、", known)}。");
            map.TryAdd(header, c);
        }

        return map.ContainsKey(required)
            ? new RecordSheet(grid, headerRow, map, source)
            : throw new DocumentReadException($"{source}: 工作表“{grid.Name}”第 {headerRow} 行的表头缺少“{required}”列。");
    }

    /// <summary>Non-blank rows below the header with their normalised 行类型.</summary>
    public IEnumerable<(int Row, string Type)> Rows(string[] types)
    {
        var typeColumn = columns[WorkbookLayout.RecordType];
        for (var r = HeaderRow + 1; r <= Grid.LastRow; r++)
        {
            if (Grid.IsBlank(r))
            {
                continue;
            }

            var type = Grid.Label(r, typeColumn);
            if (type.Length == 0)
            {
                throw new DocumentReadException($"{Source}: 单元格 {Grid.Address(r, typeColumn)} 缺少行类型（{string.Join("、", types)}），但该行填有内容。");
            }

            if (!types.Contains(type, StringComparer.Ordinal))
            {
                throw new DocumentReadException($"{Source}: 单元格 {Grid.Address(r, typeColumn)} 的行类型“{Grid.Shown(r, typeColumn)}”无法识别；应为 {string.Join("、", types)}。");
            }

            yield return (r, type);
        }
    }

    public string? Text(int row, string header) => columns.TryGetValue(header, out var c) ? SheetValues.Text(Grid, row, c, Source) : null;

    public decimal? Amount(int row, string header, bool percent = false) =>
        columns.TryGetValue(header, out var c) ? SheetValues.Amount(Grid, row, c, Source, percent) : null;

    public string Required(int row, string header) =>
        Text(row, header) ?? throw new DocumentReadException($"{Source}: 单元格 {Address(row, header)} 的“{header}”为空，该行无法读取。");

    public bool Flag(int row, string header)
    {
        var text = Text(row, header);
        return text switch
        {
            null or "否" or "N" or "n" or "0" => false,
            "是" or "Y" or "y" or "1" => true,
            _ => throw new DocumentReadException($"{Source}: 单元格 {Address(row, header)} 的“{header}”应为“是”或“否”，得到“{text}”。"),
        };
    }

    public string Address(int row, string header) =>
        Grid.Address(row, columns.TryGetValue(header, out var c) ? c : columns[WorkbookLayout.RecordType]);
}
