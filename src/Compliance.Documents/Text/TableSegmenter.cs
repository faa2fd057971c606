using System.Text.RegularExpressions;

namespace Compliance.Documents.Text;

/// <summary>
/// Finds standard tables in the lines: a recognised title, then body lines up to the next title,
/// part heading or prose. Titles with no body (tables of contents) are dropped.
/// </summary>
internal static partial class TableSegmenter
{
    private const int MaxBodyLines = 160;

    public static List<TableBlock> Find(IReadOnlyList<SourceLine> lines, Func<int, bool> isClaimed)
    {
        var blocks = new List<TableBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var definition = TitleMatcher.Match(lines[i]);
            if (definition is null || isClaimed(i))
            {
                continue;
            }

            var title = lines[i];
            var unit = UnitOf(title.Text);
            var body = new List<SourceLine>();
            var j = i + 1;
            for (; j < lines.Count && body.Count < MaxBodyLines; j++)
            {
                var line = lines[j];
                if (line.IsBlank)
                {
                    continue;
                }

                if (TitleMatcher.Match(line) is not null || EndsTable(line) || isClaimed(j))
                {
                    break;
                }

                unit ??= UnitOf(line.Text);
                body.Add(line);
            }

            var hasData = body.Any(l => l.HasNumber && !IsColumnNumbering(l));
            var statedEmpty = StatesEmpty(lines, i + 1, Math.Min(lines.Count, j + 6));
            if (!hasData && !statedEmpty && !body.Any(l => UnitOf(l.Text) is not null || l.Cells.Count > 2))
            {
                continue;
            }

            blocks.Add(new TableBlock(definition, title, unit, body, statedEmpty && !body.Any(IsDataLine)));
            i = j - 1;
        }

        return blocks;
    }

    public static string? UnitOf(string text)
    {
        var m = UnitPattern().Match(text);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>A 栏次 numbering row ("1 2 3 4") or a header with years, not data.</summary>
    /// <remarks>Asked of every table line several times over (segmenting, parsing, statistics), so one pass, no copies.</remarks>
    public static bool IsColumnNumbering(SourceLine line)
    {
        var filled = line.Filled;
        foreach (var cell in filled)
        {
            if (cell.Text.Contains("栏次", StringComparison.Ordinal) || cell.Text == "栏")
            {
                return true;
            }
        }

        // 1 2 3 … (or 0 1 2 …): at least two whole numbers, each one more than the one before.
        var numbers = 0;
        var texts = 0;
        var consecutive = true;
        decimal first = 0, previous = 0;
        foreach (var cell in filled)
        {
            if (cell.IsText)
            {
                texts++;
                continue;
            }

            if (cell.Text.Contains('.', StringComparison.Ordinal))
            {
                return false;
            }

            var value = cell.Amount!.Value;
            first = numbers == 0 ? value : first;
            consecutive &= numbers == 0 || value == previous + 1;
            previous = value;
            numbers++;
        }

        return numbers >= 2 && consecutive && first <= 1 && texts <= 4;
    }

    public static bool IsDataLine(SourceLine line) => line.HasNumber && !IsColumnNumbering(line) && !IsNote(line);

    public static bool IsNote(SourceLine line)
    {
        var first = line.First?.Text ?? "";
        // Asked of every table line more than once; a formula ("1行=2行+3行") always holds '=', which is cheaper to look for.
        return first.StartsWith('注') || first.StartsWith("备注", StringComparison.Ordinal)
            || (line.Text.Contains('=', StringComparison.Ordinal) && FormulaPattern().IsMatch(line.Text));
    }

    private static bool EndsTable(SourceLine line)
    {
        var text = line.Text.Trim();
        if (text.StartsWith('第') && text.Contains("部分", StringComparison.Ordinal) && text.Length < 40)
        {
            return true;
        }

        if (IsNote(line))
        {
            return true;
        }

        if (!line.IsSingleText)
        {
            return false;
        }

        // The title of a table the catalogue does not hold (绩效目标申报表) ends the standard one before it.
        if (text.Length < 60 && (text.EndsWith('表') || text.EndsWith("申报表", StringComparison.Ordinal)) && !text.Contains('：', StringComparison.Ordinal))
        {
            return true;
        }

        return text.Contains('。', StringComparison.Ordinal) || text.Contains('；', StringComparison.Ordinal) || text.Length >= 40
            || SectionHeading().IsMatch(text);
    }

    private static bool StatesEmpty(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (var k = from; k < to && k < lines.Count; k++)
        {
            if (EmptyStatement().IsMatch(lines[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"单位\s*[:：]\s*(万元|元|千元)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"(\d+\s*[行栏](各行)?\s*=)|(=\s*\()")]
    private static partial Regex FormulaPattern();

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)).*(说明|情况)")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"没有.*(收入|支出)|无此.*(支出|预算)|本表无数据|无.*(收入|支出)，?故|无(相关)?数据|本表为空")]
    private static partial Regex EmptyStatement();
}
