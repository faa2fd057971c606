namespace Compliance.Documents.Text;

/// <summary>What a column of an indicator table holds.</summary>
internal enum IndicatorField
{
    Other,
    Goal,
    Level1,
    Level2,
    Name,
    Target,
    Actual,
    Weight,
    Score,
    Standard,
}

/// <summary>One indicator line read through its table's header: blank cells stay blank instead of shifting the rest.</summary>
internal sealed record IndicatorCells(IReadOnlyDictionary<IndicatorField, string> Values)
{
    public string? this[IndicatorField field] => Values.TryGetValue(field, out var v) && v.Length > 0 ? v : null;

    public decimal? Amount(IndicatorField field) => this[field] is { } text ? Amounts.Parse(text.TrimEnd('分')) : null;
}

/// <summary>
/// The columns of an indicator table (绩效目标表, 绩效自评表) located from its header line. A blank 指标值 or
/// 实际完成值 is common, and where the extraction is space-aligned a blank cell leaves no trace but a gap, so cells
/// are placed by where they are printed: tab-separated lines by their cell index, space-aligned lines by which
/// header they sit under.
/// </summary>
internal sealed class IndicatorGrid
{
    private readonly List<(IndicatorField Field, Cell Header)> columns;

    private IndicatorGrid(List<(IndicatorField, Cell)> columns) => this.columns = columns;

    public bool Tabbed { get; private init; }

    /// <summary>The grid of a header line, or null when the line names no indicator columns.</summary>
    public static IndicatorGrid? Of(SourceLine header)
    {
        var columns = new List<(IndicatorField, Cell)>();
        foreach (var cell in header.Cells)
        {
            var field = FieldOf(cell.Text);
            if (field != IndicatorField.Other && columns.Any(c => c.Item1 == field))
            {
                field = IndicatorField.Other;
            }

            columns.Add((field, cell));
        }

        var known = columns.Select(c => c.Item1).ToHashSet();
        return known.Contains(IndicatorField.Name) && (known.Contains(IndicatorField.Target) || known.Contains(IndicatorField.Level1))
            ? new IndicatorGrid(columns) { Tabbed = header.Tabbed }
            : null;
    }

    public bool Has(IndicatorField field) => columns.Any(c => c.Field == field);

    /// <summary>A column the header leaves unnamed (some 自评表 print 得分 under a blank header cell).</summary>
    public void NameAfter(IndicatorField known, IndicatorField unnamed)
    {
        var at = columns.FindIndex(c => c.Field == known);
        if (at >= 0 && !Has(unnamed) && at + 1 < columns.Count && columns[at + 1].Field == IndicatorField.Other && columns[at + 1].Header.IsEmpty)
        {
            columns[at + 1] = (unnamed, columns[at + 1].Header);
        }
    }

    /// <summary>The line's cells by field; a line of the other layout (prose between tab-separated rows) has none.</summary>
    public IndicatorCells Read(SourceLine line) => new(
        line.Tabbed != Tabbed ? [] : Tabbed ? ByIndex(line) : ByPosition(line));

    private Dictionary<IndicatorField, string> ByIndex(SourceLine line)
    {
        // A merged label cell can pull a row one cell left ("满意度⇥服务对象满意度指标⇥…" under "年度绩效目标⇥一级指标⇥…"):
        // the 一级 word found left of its column says how far.
        var shift = 0;
        var level1 = columns.FindIndex(c => c.Field == IndicatorField.Level1);
        if (level1 > 0)
        {
            var word = line.Cells.Take(level1).ToList().FindIndex(c => LevelWord(c.Text));
            shift = word >= 0 ? level1 - word : 0;
        }

        var values = new Dictionary<IndicatorField, string>();
        foreach (var cell in line.Cells)
        {
            var at = cell.Index + shift;
            if (at < columns.Count && columns[at].Field != IndicatorField.Other && !cell.IsEmpty)
            {
                values[columns[at].Field] = cell.Text;
            }
        }

        return values;
    }

    // pdftotext counts a CJK character one column wide, a person aligning text in an editor two: the reading under
    // which the line's cells overlap their headers more is the one the line was laid out in.
    private Dictionary<IndicatorField, string> ByPosition(SourceLine line)
    {
        var placed = columns.Where(c => !c.Header.IsEmpty).ToList();
        var bySource = Place(line, placed, c => (c.Start, c.End));
        var byDisplay = Place(line, placed, c => (c.DisplayStart, c.DisplayEnd));
        return (byDisplay.Overlap > bySource.Overlap ? byDisplay : bySource).Values;
    }

    // Overlap is counted as the share of each cell that sits under a header, so the wider display reading is not favoured.
    private static (Dictionary<IndicatorField, string> Values, decimal Overlap) Place(
        SourceLine line, List<(IndicatorField Field, Cell Header)> placed, Func<Cell, (int Start, int End)> span)
    {
        var values = new Dictionary<IndicatorField, string>();
        var total = 0m;
        foreach (var cell in line.Filled)
        {
            var (start, end) = span(cell);
            var best = placed
                .Select(c => (c.Field, Span: span(c.Header)))
                .Select(c => (c.Field, Overlap: Math.Max(0, Math.Min(c.Span.End, end) - Math.Max(c.Span.Start, start)),
                    Distance: Math.Abs(c.Span.Start + c.Span.End - start - end)))
                .MaxBy(c => (c.Overlap, -c.Distance));
            total += (decimal)best.Overlap / Math.Max(1, end - start);
            if (best.Field != IndicatorField.Other)
            {
                values[best.Field] = values.TryGetValue(best.Field, out var before) ? before + cell.Text : cell.Text;
            }
        }

        return (values, total);
    }

    private static bool LevelWord(string text)
    {
        var key = Names.Key(text);
        return key.StartsWith("产出", StringComparison.Ordinal) || key.StartsWith("效益", StringComparison.Ordinal)
            || key.StartsWith("满意度", StringComparison.Ordinal) || key.StartsWith("成本指标", StringComparison.Ordinal);
    }

    private static IndicatorField FieldOf(string header)
    {
        var key = Names.Key(header);
        return key switch
        {
            "" => IndicatorField.Other,
            _ when key.Contains("一级", StringComparison.Ordinal) => IndicatorField.Level1,
            _ when key.Contains("二级", StringComparison.Ordinal) => IndicatorField.Level2,
            _ when key.Contains("三级", StringComparison.Ordinal) || key is "指标名称" or "指标内容" or "指标" => IndicatorField.Name,
            _ when key.Contains("目标名称", StringComparison.Ordinal) => IndicatorField.Goal,
            _ when key.Contains("实际", StringComparison.Ordinal) || key.Contains("完成值", StringComparison.Ordinal) => IndicatorField.Actual,
            _ when key.Contains("目标值", StringComparison.Ordinal) || key.Contains("指标值", StringComparison.Ordinal) => IndicatorField.Target,
            _ when key.Contains("得分", StringComparison.Ordinal) => IndicatorField.Score,
            _ when key.Contains("分值", StringComparison.Ordinal) || key.Contains("权重", StringComparison.Ordinal) => IndicatorField.Weight,
            _ when key.Contains("标准", StringComparison.Ordinal) => IndicatorField.Standard,
            _ => IndicatorField.Other,
        };
    }
}
