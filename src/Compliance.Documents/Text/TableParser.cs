using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// Turns a table block into a canonical <see cref="Table"/>: splits lines into one or more sides, reads the
/// columns each side prints, names rows by fixed-row key or class code, and places values into columns.
/// Tells the ledger which source lines fed an identified row, and what was doubtful.
/// </summary>
internal sealed class TableParser(string documentUnit, MappingLedger ledger)
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
            ledger.Mark(line.Number);
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
            return SangongParser.Parse(table, definition, header, data, ledger);
        }

        var lines = data.Where(l => !TableSegmenter.IsColumnNumbering(l) && !IsAxisLine(l)).ToList();
        if (BasicTableReader.Applies(definition, header, lines))
        {
            return BasicTableReader.Read(table, definition, header, lines, ledger);
        }

        var segmented = lines.Select(l => (Line: l, Segments: Segment.Of(l))).ToList();
        var sides = Sides.Find(segmented.Select(s => s.Segments).ToList());
        var multiSided = definition.Id is StandardTables.Summary or StandardTables.FiscalSummary || sides.Count > 1;
        var keyer = new RowKeyer(definition, multiSided, EconomicSide(definition, sides, segmented));
        var hasLineNumbers = header.Any(l => l.Text.Contains("行次", StringComparison.Ordinal));
        var collector = new RowCollector(keyer, sides, hasLineNumbers, multiSided);
        var drafts = collector.Collect(segmented);
        collector.LineNumberOnly.ForEach(line => ledger.Mark(line));

        var columns = multiSided
            ? PrintedColumns.PerSide(definition, header, sides)
            : [PrintedColumns.OneSided(definition, header, drafts.Select(d => d.Numbers.Count).DefaultIfEmpty(0).Max())];
        for (var side = 0; side < columns.Count; side++)
        {
            var last = side == columns.Count - 1;
            ColumnFit.Assign([.. drafts.Where(d => d.Side == side || (last && d.Side > side))], columns[side], ColumnFormula.For(definition.Id, side));
        }

        foreach (var draft in drafts)
        {
            var problem = draft.Problem ?? (draft.Numbers.Count > 0 && !draft.IsIdentified ? $"行未识别：{draft.Name}" : null);
            foreach (var line in draft.Lines)
            {
                ledger.Mark(line, problem);
            }
        }

        var rows = drafts.Select(d => new Row
        {
            Key = d.Key,
            LineNo = d.LineNo,
            Code = d.Code,
            Name = d.Name,
            Values = d.Values,
            SourceLine = d.SourceLine,
        }).ToList();
        var printed = columns.SelectMany(c => c).DistinctBy(c => c.Key).Select(c => new Column(c.Key, c.Header)).ToList();
        return table with { Columns = printed, Rows = rows };
    }

    /// <summary>The side of a three-sided budget summary that lists economic classes (工资福利支出 …), or −1.</summary>
    private static int EconomicSide(StandardTable definition, Sides sides, List<(SourceLine Line, List<Segment> Segments)> segmented)
    {
        if (definition.Id is not (StandardTables.Summary or StandardTables.FiscalSummary) || sides.Count < 3)
        {
            return -1;
        }

        var names = EconomicClasses.All.SelectMany(c => c.Variants.Append(c.Name)).Select(Names.CachedKey).ToHashSet(StringComparer.Ordinal);
        var best = -1;
        var bestCount = 1;
        for (var side = 1; side < sides.Count; side++)
        {
            var count = segmented.SelectMany(s => sides.Split(s.Line, s.Segments)).Count(p => p.Side == side && names.Contains(Names.Key(p.Segment.Name)));
            if (count > bestCount)
            {
                best = side;
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>A line that starts a row: a classification code, a value, or a fixed-row name such as 合计.</summary>
    private static bool IsRowLine(SourceLine line)
    {
        if (TableSegmenter.IsColumnNumbering(line))
        {
            return false;
        }

        // A numbered name ("一. 财政拨款（补助）") starts a row even when its cells are blank.
        var first = line.First;
        return first is not null && (Segment.IsCode(first.Text) || TableSegmenter.IsDataLine(line)
            || (first.IsText && Names.StripOrdinal(first.Text).Length < first.Text.Trim().Length && !first.Text.StartsWith("其中", StringComparison.Ordinal)));
    }

    private static bool IsAxisLine(SourceLine line) => line.Filled.All(c => c.Text is "类" or "款" or "项" or "类 款 项" || c.Text.Replace(" ", "", StringComparison.Ordinal) is "类款项");

    private static bool IsDepartmentLine(SourceLine line)
    {
        var first = line.First?.Text ?? "";
        return first.StartsWith("部门", StringComparison.Ordinal) && (first.Contains('：', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal))
            || first.StartsWith("编制单位", StringComparison.Ordinal) || first.StartsWith("单位名称", StringComparison.Ordinal);
    }
}
