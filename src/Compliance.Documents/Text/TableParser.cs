using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// Turns a table block into a canonical <see cref="Table"/>: splits lines into one or more sides,
/// maps headers to column keys, names to fixed-row keys or class codes, and values to columns.
/// Records which source lines fed a row so unmapped numeric lines can be reported.
/// </summary>
internal sealed class TableParser(string documentUnit, ISet<int> mappedLines)
{
    public Table Parse(TableBlock block)
    {
        var definition = block.Definition;
        var content = block.Body.Where(l => !TableSegmenter.IsNote(l) && TableSegmenter.UnitOf(l.Text) is null && !IsDepartmentLine(l)).ToList();
        var firstData = content.FindIndex(IsRowLine);
        var header = firstData < 0 ? content : content[..firstData];
        var data = firstData < 0 ? [] : content[firstData..];
        foreach (var line in header.Concat(data).Where(TableSegmenter.IsColumnNumbering))
        {
            mappedLines.Add(line.Number);
        }

        var table = new Table
        {
            Id = definition.Id,
            Title = block.Title.Filled[0].Text,
            Unit = block.Unit ?? documentUnit,
            StatedEmpty = block.StatedEmpty,
            SourceLine = block.Title.Number,
        };

        if (definition.Id == StandardTables.Sangong)
        {
            return SangongParser.Parse(table, definition, header, data, mappedLines);
        }

        var lines = data.Where(l => !TableSegmenter.IsColumnNumbering(l) && !IsAxisLine(l)).ToList();
        var hasLineNumbers = header.Any(l => l.Text.Contains("行次", StringComparison.Ordinal));
        var segmented = lines.Select(l => (Line: l, Segments: Segment.Of(l))).ToList();
        var sides = Sides.Find(segmented.Select(s => s.Segments).ToList());
        var twoSided = definition.Id is StandardTables.Summary or StandardTables.FiscalSummary || sides.Count > 1;
        var columns = ColumnsFor(definition, header, twoSided);

        var rows = new List<Row>();
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new List<Cell>();
        var pendingLines = new List<int>();
        Segment? previous = null;
        var clusters = lines.Any(l => l.Tabbed) ? null : ValueClusters.Of(segmented.SelectMany(s => s.Segments), sides.Count == 1);
        foreach (var (line, segments) in segmented)
        {
            var parts = sides.Split(line, segments);
            if (parts.All(p => !p.Segment.IsNamed) && parts.Any(p => p.Segment.HasValue) && !line.Tabbed)
            {
                // pdftotext prints values of a tall row on the line above its name: keep them for the next row.
                pending.AddRange(parts.SelectMany(p => p.Segment.Values).Where(c => c.IsNumber));
                pendingLines.Add(line.Number);
                continue;
            }

            if (!line.Tabbed && parts.Count == 1 && parts[0].Segment is { Code: null, HasValue: false } only && only.Name.Length > 0 && previous is not null
                && KeyFor(definition, 0, only.Name, twoSided) is null && !twoSided)
            {
                // A wrapped name cell: the rest of the previous row's name.
                var last = rows[^1];
                rows[^1] = last with { Name = last.Name + only.Name };
                mappedLines.Add(line.Number);
                continue;
            }

            foreach (var (side, segment) in parts)
            {
                if (!segment.IsNamed && !segment.HasValue)
                {
                    continue;
                }

                if (hasLineNumbers)
                {
                    segment.TakeLineNumber();
                }

                if (!segment.IsNamed && segment.Values.All(v => v.IsEmpty))
                {
                    continue;
                }

                if (pending.Count > 0 && segment.IsNamed && !line.Tabbed)
                {
                    var mine = pending.Where(c => sides.SideOf(c.Start, 2) == side).ToList();
                    if (mine.Count > 0 && (sides.Count == 1 || !segment.HasValue))
                    {
                        segment.Values.AddRange(mine);
                        segment.Values.Sort((a, b) => a.Start.CompareTo(b.Start));
                        pending.RemoveAll(mine.Contains);
                        mappedLines.UnionWith(pendingLines);
                    }
                }

                var sideColumns = columns[Math.Min(side, columns.Count - 1)];
                var values = ValueAssigner.Assign(segment, sideColumns, line.Tabbed, clusters);
                var key = KeyFor(definition, side, segment.Name, twoSided);
                if (key is not null && used.TryGetValue(key, out var firstLine))
                {
                    // A second 本年收入合计 further down is the grand total printed under the wrong name.
                    var grand = key.EndsWith(".total", StringComparison.Ordinal) ? key[..^6] + ".grand" : null;
                    key = grand is not null && firstLine != line.Number && !used.ContainsKey(grand) ? grand : null;
                }

                if (key is null && !twoSided && segment.Name.Length == 0 && segment.Code is null && rows.Count == 0 && definition.Row("total") is not null)
                {
                    // An unnamed first row of values is the table's total line.
                    key = "total";
                }

                if (key is not null)
                {
                    used[key] = line.Number;
                }

                var code = segment.Code ?? (twoSided && side > 0 && key is null ? FunctionalClasses.CodeOf(segment.Name) : null);
                rows.Add(new Row
                {
                    Key = key,
                    LineNo = segment.LineNo,
                    Code = code,
                    Name = segment.Name,
                    Values = values,
                    SourceLine = line.Number,
                });
                mappedLines.Add(line.Number);
                previous = segment;
            }

            if (pending.Count == 0)
            {
                pendingLines.Clear();
            }
        }

        var allColumns = columns.SelectMany(c => c).DistinctBy(c => c.Key).Select(c => new Column(c.Key, c.Header)).ToList();
        return table with { Columns = allColumns, Rows = rows };
    }

    private static string? KeyFor(StandardTable definition, int side, string name, bool twoSided)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (definition.Id is StandardTables.Summary or StandardTables.FiscalSummary)
        {
            return RowKeys.KeyOf(side == 0 ? RowKeys.IncomeSide(definition) : RowKeys.ExpenditureSide(definition), name);
        }

        return RowKeys.KeyOf(definition.Rows, name) ?? (twoSided ? null : null);
    }

    private static List<List<HeaderColumn>> ColumnsFor(StandardTable definition, List<SourceLine> header, bool twoSided)
    {
        if (definition.Id == StandardTables.FiscalSummary)
        {
            return [[new("amount", "金额", 0)], [new("total", "合计", 1), new("general", "一般公共预算财政拨款", 2), new("fund", "政府性基金预算财政拨款", 3), new("capital", "国有资本经营预算财政拨款", 4)]];
        }

        if (twoSided)
        {
            return [[new("amount", definition.Column("amount")?.Name ?? "金额", 0)]];
        }

        var mapped = ColumnMapper.Map(definition, [.. header.Where(l => l.Filled.Count >= 2)]);
        if (mapped.Count == 0)
        {
            mapped = [.. definition.Columns.Select((c, i) => new HeaderColumn(c.Key, c.Name, i))];
        }

        return [mapped];
    }

    /// <summary>A line that starts a row: a classification code, a value, or a fixed-row name such as 合计.</summary>
    private static bool IsRowLine(SourceLine line)
    {
        if (TableSegmenter.IsColumnNumbering(line))
        {
            return false;
        }

        var first = line.First;
        return first is not null && (Segment.IsCode(first.Text) || TableSegmenter.IsDataLine(line));
    }

    private static bool IsAxisLine(SourceLine line) => line.Filled.All(c => c.Text is "类" or "款" or "项" or "类 款 项" || c.Text.Replace(" ", "", StringComparison.Ordinal) is "类款项");

    private static bool IsDepartmentLine(SourceLine line)
    {
        var first = line.First?.Text ?? "";
        return first.StartsWith("部门", StringComparison.Ordinal) && (first.Contains('：', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal))
            || first.StartsWith("编制单位", StringComparison.Ordinal) || first.StartsWith("单位名称", StringComparison.Ordinal);
    }
}
