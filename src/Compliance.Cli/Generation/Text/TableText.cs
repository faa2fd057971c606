using System.Globalization;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation.Text;

/// <summary>
/// Writes a standard table as a disclosure prints it: title, 部门/单位 line, header with 栏次, then rows with
/// 科目编码, name and amounts (a blank cell for a value that is not stated). The two summary tables are printed
/// two-sided, income on the left and expenditure on the right, paired by 行次 as the national template does.
/// </summary>
internal static class TableText
{
    public static IEnumerable<string> Lines(Table table, string department, TextLayout layout)
    {
        yield return table.Title;
        yield return string.Join(layout == TextLayout.Tab ? "\t\t\t" : new string(' ', 24), "部门：" + department, "单位：" + table.Unit);
        var grid = table.Id is StandardTables.Summary or StandardTables.FiscalSummary ? TwoSided(table) : Classified(table);
        foreach (var line in grid.Lines(layout))
        {
            yield return line;
        }

        if (table.StatedEmpty)
        {
            yield return "";
            yield return EmptyStatement(table);
        }
    }

    public static string Amount(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string EmptyStatement(Table table) => table.Id switch
    {
        StandardTables.GovernmentFund => "本部门没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。",
        StandardTables.StateCapital => "本部门没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。",
        _ => "本部门没有相关收入和支出，故本表无数据。",
    };

    /// <summary>科目编码 | 科目名称 | columns, or 项目 | columns when no row carries a code.</summary>
    private static TextGrid Classified(Table table)
    {
        var coded = table.Rows.Any(r => r.Code is not null) || table.Id is StandardTables.Income or StandardTables.Expenditure
            or StandardTables.GeneralPublic or StandardTables.GovernmentFund or StandardTables.StateCapital;
        var lead = coded ? new[] { "科目编码", "科目名称" } : ["项目"];
        var grid = new TextGrid(coded ? "LL" : "L");
        grid.Add([.. lead, .. table.Columns.Select(c => c.Header)]);
        if (table.Columns.Any(c => c.Number is not null) && table.Columns.Count > 1)
        {
            grid.Add([.. lead.Select((_, i) => i == 0 ? "栏次" : ""), .. table.Columns.Select(c => c.Number)]);
        }

        var rows = table.Rows.Count > 0 || !table.StatedEmpty ? table.Rows : [new Row { Key = "total", Name = "合计" }];
        foreach (var row in rows)
        {
            var values = table.Columns.Select(c => Amount(row.Value(c.Key)));
            grid.Add(coded ? [row.Code, row.Name, .. values] : [row.Name, .. values]);
        }

        return grid;
    }

    private static TextGrid TwoSided(Table table)
    {
        var leftColumns = table.Columns.Where(c => c.Key == "amount").ToList();
        var rightColumns = table.Id == StandardTables.Summary ? leftColumns : table.Columns.Where(c => c.Key != "amount").ToList();
        var left = table.Rows.Where(r => r.Key?.StartsWith("income.", StringComparison.Ordinal) == true).ToList();
        var right = table.Rows.Where(r => r.Code is not null || r.Key?.StartsWith("expenditure.", StringComparison.Ordinal) == true).ToList();

        var grid = new TextGrid("LRRLR");
        grid.Add(["收入", "", .. leftColumns.Select(_ => ""), "支出"]);
        grid.Add(["项目", "行次", .. leftColumns.Select(c => c.Header), "项目", "行次", .. rightColumns.Select(c => c.Header)]);
        if (table.Id == StandardTables.FiscalSummary)
        {
            grid.Add(["栏次", "", .. leftColumns.Select(c => c.Number), "栏次", "", .. rightColumns.Select(c => c.Number)]);
        }

        foreach (var (l, r) in Pair(left, right))
        {
            grid.Add([.. Side(l.Row, l.Line, leftColumns), .. Side(r.Row, r.Line, rightColumns)]);
        }

        return grid;
    }

    private static string?[] Side(Row? row, string? line, IReadOnlyList<Column> columns) =>
        [row?.Name, line, .. columns.Select(c => row is null ? "" : Amount(row.Value(c.Key)))];

    /// <summary>
    /// Pairs the sides by 行次: the left line k sits beside the right line k + offset, where offset puts the first
    /// class beside the first income source. Line numbers the left side skips are printed with a blank name.
    /// </summary>
    private static IEnumerable<((Row? Row, string? Line) Left, (Row? Row, string? Line) Right)> Pair(List<Row> left, List<Row> right)
    {
        var leftByLine = ByLine(left);
        var rightByLine = ByLine(right);
        if (leftByLine is null || rightByLine is null || leftByLine.Count == 0 || rightByLine.Count == 0)
        {
            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                yield return ((i < left.Count ? left[i] : null, i < left.Count ? left[i].LineNo : null),
                    (i < right.Count ? right[i] : null, i < right.Count ? right[i].LineNo : null));
            }

            yield break;
        }

        var offset = rightByLine.Keys.Min() - 1;
        var last = Math.Max(leftByLine.Keys.Max(), rightByLine.Keys.Max() - offset);
        for (var k = 1; k <= last; k++)
        {
            var l = leftByLine.GetValueOrDefault(k);
            var r = rightByLine.GetValueOrDefault(k + offset);
            yield return ((Named(l, left), Line(k)), (Named(r, right), r is null ? null : Line(k + offset)));
        }
    }

    // The income sources and every class carry the ordinal the template prints ("一、一般公共服务支出"); totals do not.
    private static Row? Named(Row? row, List<Row> side)
    {
        if (row is null)
        {
            return null;
        }

        var index = row.Code is not null ? side.Where(r => r.Code is not null).ToList().IndexOf(row) + 1 : side.IndexOf(row) + 1;
        var ordinal = row.Code is not null || (row.Key is { } key && index <= 8 && !key.EndsWith(".total", StringComparison.Ordinal)
            && !key.EndsWith(".grand", StringComparison.Ordinal) && !key.Contains("carry", StringComparison.Ordinal)
            && !key.Contains("surplus", StringComparison.Ordinal));
        return ordinal ? row with { Name = Ordinals.Prefix(index) + row.Name } : row;
    }

    private static Dictionary<int, Row>? ByLine(List<Row> rows)
    {
        var result = new Dictionary<int, Row>();
        foreach (var row in rows)
        {
            if (!int.TryParse(row.LineNo, NumberStyles.Integer, CultureInfo.InvariantCulture, out var line) || !result.TryAdd(line, row))
            {
                return null;
            }
        }

        return result;
    }

    private static string Line(int n) => n.ToString(CultureInfo.InvariantCulture);
}
