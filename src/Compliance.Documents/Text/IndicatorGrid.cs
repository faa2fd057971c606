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
internal sealed class IndicatorCells
{
    // By field; every indicator row of a document is read through one, so a plain array, not a dictionary.
    private static readonly int FieldCount = Enum.GetValues<IndicatorField>().Length;

    private readonly string?[] values = new string?[FieldCount];

    public string? this[IndicatorField field] => values[(int)field] is { Length: > 0 } v ? v : null;

    /// <summary>Puts a cell's text under its field; two cells under one header (a wrapped name) join.</summary>
    public void Add(IndicatorField field, string text) => values[(int)field] += text;

    public void Set(IndicatorField field, string text) => values[(int)field] = text;

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
    public IndicatorCells Read(SourceLine line) =>
        line.Tabbed != Tabbed ? new IndicatorCells() : Tabbed ? ByIndex(line) : ByPosition(line);

    // Tables converted from merged cells lose cells at the left of some rows ("⇥质量指标⇥机房正常运行时间⇥≥99.5%…"
    // under "年度绩效目标⇥一级指标⇥二级指标⇥三级指标…", "满意度⇥服务对象满意度指标⇥…" one cell too far left), and
    // now and then gain a blank one in the middle. Each row is read under the placement where its cells make most
    // sense in their columns: as printed, shifted by a cell or two, or packed against its last column; as printed
    // wins a tie, so a blank 实际完成值 in a well-formed table stays blank.
    // A placement is a shift of every cell's index, or (packed) the last cell's column minus its distance from the end;
    // the first placement with the highest fit wins. Rows are scored without building the placements, and what a cell
    // says about levels is worked out once per row, not once per placement.
    private IndicatorCells ByIndex(SourceLine line)
    {
        var filled = line.Filled;
        var words = new CellWords(filled);
        var (bestOffset, bestPacked, bestFit) = (Shifts[0], false, Fit(filled, words, Shifts[0], false));
        foreach (var shift in Shifts.AsSpan(1))
        {
            var fit = Fit(filled, words, shift, false);
            if (fit > bestFit)
            {
                (bestOffset, bestPacked, bestFit) = (shift, false, fit);
            }
        }

        if (PackedLast(filled) is { } last && Fit(filled, words, last, true) > bestFit)
        {
            (bestOffset, bestPacked) = (last, true);
        }

        var values = new IndicatorCells();
        for (var i = 0; i < filled.Count; i++)
        {
            var at = At(filled, i, bestOffset, bestPacked);
            if (at >= 0 && at < columns.Count && columns[at].Field != IndicatorField.Other)
            {
                values.Set(columns[at].Field, filled[i].Text);
            }
        }

        return values;
    }

    private static readonly int[] Shifts = [0, 1, -1, 2];

    private static int At(IReadOnlyList<Cell> filled, int i, int offset, bool packed) =>
        packed ? offset - (filled.Count - 1 - i) : filled[i].Index + offset;

    /// <summary>The column the last cell is packed against: 得分 when it is a number and the table has one, else 实际完成值.</summary>
    private int? PackedLast(IReadOnlyList<Cell> filled)
    {
        var score = columns.FindIndex(c => c.Field == IndicatorField.Score);
        var actual = columns.FindIndex(c => c.Field == IndicatorField.Actual);
        var last = filled.Count > 0 && filled[^1].IsNumber && score >= 0 ? score : actual;
        return last < 0 ? null : last;
    }

    private int Fit(IReadOnlyList<Cell> filled, CellWords words, int offset, bool packed)
    {
        var fit = 0;
        var named = false;
        for (var i = 0; i < filled.Count; i++)
        {
            var at = At(filled, i, offset, packed);
            if (at < 0 || at >= columns.Count)
            {
                return int.MinValue;
            }

            var field = columns[at].Field;
            fit += field switch
            {
                IndicatorField.Other or IndicatorField.Goal => -1,
                IndicatorField.Level1 => words.LevelWord(i) ? 1 : -1,
                IndicatorField.Level2 => words.LevelName(i) ? 1 : -1,
                IndicatorField.Name => words.LevelWord(i) ? -1 : 1,
                IndicatorField.Score or IndicatorField.Weight => filled[i].IsNumber ? 1 : -1,
                _ => 0,
            };
            named |= field == IndicatorField.Name;
        }

        return named ? fit : fit - 1;
    }

    /// <summary>Whether each cell of a row reads as a 一级 or 二级 name, worked out when first asked.</summary>
    private sealed class CellWords(IReadOnlyList<Cell> cells)
    {
        private readonly bool?[] levelWord = new bool?[cells.Count];
        private readonly bool?[] levelName = new bool?[cells.Count];

        public bool LevelWord(int i) => levelWord[i] ??= IndicatorGrid.LevelWord(cells[i].Text);

        public bool LevelName(int i) => levelName[i] ??= IndicatorGrid.LevelName(cells[i].Text);
    }

    /// <summary>A 一级 or 二级 name as printed ("数量", "社会效益 指标", "可持续影响指标"), not an indicator's own name.</summary>
    private static bool LevelName(string text)
    {
        string level1 = "", level2 = "";
        var key = Names.Key(text);
        return LevelWord(text) || IndicatorLevels.TryApply(text, ref level1, ref level2)
            || (key.EndsWith("指标", StringComparison.Ordinal) && key.Length <= 10);
    }

    // pdftotext counts a CJK character one column wide, a person aligning text in an editor two: the reading under
    // which the line's cells overlap their headers more is the one the line was laid out in.
    private IndicatorCells ByPosition(SourceLine line)
    {
        var placed = columns.Where(c => !c.Header.IsEmpty).ToList();
        var bySource = Place(line, placed, c => (c.Start, c.End));
        var byDisplay = Place(line, placed, c => (c.DisplayStart, c.DisplayEnd));
        return (byDisplay.Overlap > bySource.Overlap ? byDisplay : bySource).Values;
    }

    // Overlap is counted as the share of each cell that sits under a header, so the wider display reading is not favoured.
    private static (IndicatorCells Values, decimal Overlap) Place(
        SourceLine line, List<(IndicatorField Field, Cell Header)> placed, Func<Cell, (int Start, int End)> span)
    {
        var values = new IndicatorCells();
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
                values.Add(best.Field, cell.Text);
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
