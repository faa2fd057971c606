using System.Text.RegularExpressions;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// Reads a space-aligned 基本支出 table printed as two sides (人员经费 | 公用经费) of code, name and 决算数.
/// pdftotext scatters a row over up to three lines (value above, code, name below, or code then name and
/// value), so each side is read as a stream: every economic code or fixed-row name anchors a row, names
/// join the anchor on their line or the unnamed one next to it, and values join the anchor on their line
/// or, per side, consistently the next anchor below or above.
/// </summary>
internal static partial class BasicTableReader
{
    private static readonly string[] SideLabels = ["经济分类", "科目编码"];

    public static bool Applies(StandardTable definition, IReadOnlyList<SourceLine> header, IReadOnlyList<SourceLine> data) =>
        definition.Id == StandardTables.GeneralPublicBasic && data.Count > 0 && data.All(l => !l.Tabbed) && SideStarts(header).Count >= 2;

    public static Table Read(Table table, StandardTable definition, IReadOnlyList<SourceLine> header, IReadOnlyList<SourceLine> data, MappingLedger ledger)
    {
        var starts = SideStarts(header);
        var anchors = new List<Anchor>();
        var names = new List<Token>();
        var values = new List<Token>();
        for (var index = 0; index < data.Count; index++)
        {
            foreach (var token in Tokens(data[index], index, starts))
            {
                if (token.Kind == TokenKind.Value)
                {
                    values.Add(token);
                }
                else if (token.Kind == TokenKind.Code)
                {
                    AddCode(anchors, token);
                }
                else if (RowKeys.KeyOf(definition.Rows, token.Text) is { } key)
                {
                    anchors.Add(new Anchor(token.Side, token.Index, token.Line) { Key = key, Name = token.Text });
                }
                else
                {
                    names.Add(token);
                }
            }
        }

        AttachNames(anchors, names);
        var unplaced = AttachValues(anchors, values);
        foreach (var anchor in anchors)
        {
            foreach (var line in anchor.Lines)
            {
                ledger.Mark(line);
            }
        }

        foreach (var token in unplaced)
        {
            ledger.Mark(token.Line, "数值找不到所属的科目");
        }

        var rows = anchors.OrderBy(a => a.Side).ThenBy(a => a.Index).Select(a => new Row
        {
            Key = a.Key,
            Code = a.Code,
            Name = a.Name,
            Values = new Dictionary<string, decimal?>(StringComparer.Ordinal) { ["amount"] = a.Value },
            SourceLine = a.Line,
        }).ToList();
        return table with { Columns = [new Column("amount", "决算数")], Rows = rows };
    }

    private static void AddCode(List<Anchor> anchors, Token token)
    {
        // "01" after a 类 code on the same side is its 款 (301 01); on a later line it completes the code above.
        var previous = anchors.LastOrDefault(a => a.Side == token.Side);
        if (token.Text.Length == 2 && previous is { Code.Length: 3 } && token.Index - previous.Index <= 1)
        {
            previous.Code += token.Text;
            previous.Lines.Add(token.Line);
            return;
        }

        if (token.Text.Length != 2)
        {
            anchors.Add(new Anchor(token.Side, token.Index, token.Line) { Code = token.Text });
        }
    }

    private static void AttachNames(List<Anchor> anchors, List<Token> names)
    {
        var rest = new List<Token>();
        foreach (var name in names)
        {
            var same = anchors.FirstOrDefault(a => a.Side == name.Side && a.Index == name.Index && a.Name.Length == 0);
            if (same is null)
            {
                rest.Add(name);
                continue;
            }

            same.Name = name.Text;
        }

        foreach (var name in rest)
        {
            var side = anchors.Where(a => a.Side == name.Side).ToList();
            var unnamed = side.Where(a => a.Name.Length == 0 && Math.Abs(a.Index - name.Index) <= 1).OrderBy(a => Math.Abs(a.Index - name.Index)).FirstOrDefault();
            var target = unnamed ?? side.Where(a => a.Index <= name.Index && name.Index - a.Index <= 2).MaxBy(a => a.Index);
            if (target is null)
            {
                continue;
            }

            // A wrapped name: the fragment above the code comes first, the one below last.
            target.Name = name.Index < target.Index ? name.Text + target.Name : target.Name + name.Text;
            target.Lines.Add(name.Line);
        }
    }

    private static List<Token> AttachValues(List<Anchor> anchors, List<Token> values)
    {
        var unplaced = new List<Token>();
        foreach (var side in values.GroupBy(v => v.Side))
        {
            var mine = anchors.Where(a => a.Side == side.Key).ToList();
            var down = Assign(mine, [.. side], below: true);
            var up = Assign(mine, [.. side], below: false);
            var best = down.Unplaced.Count <= up.Unplaced.Count ? down : up;
            foreach (var (anchor, value) in best.Placed)
            {
                anchor.Value = value.Amount;
                anchor.Lines.Add(value.Line);
            }

            unplaced.AddRange(best.Unplaced);
        }

        return unplaced;
    }

    private static (List<(Anchor, Token)> Placed, List<Token> Unplaced) Assign(List<Anchor> anchors, List<Token> values, bool below)
    {
        var taken = new HashSet<Anchor>();
        var placed = new List<(Anchor, Token)>();
        var unplaced = new List<Token>();
        foreach (var value in values)
        {
            var target = anchors.FirstOrDefault(a => a.Index == value.Index && !taken.Contains(a))
                ?? (below
                    ? anchors.Where(a => a.Index > value.Index && a.Index - value.Index <= 2 && !taken.Contains(a)).MinBy(a => a.Index)
                    : anchors.Where(a => a.Index < value.Index && value.Index - a.Index <= 2 && !taken.Contains(a)).MaxBy(a => a.Index));
            if (target is null)
            {
                unplaced.Add(value);
                continue;
            }

            taken.Add(target);
            placed.Add((target, value));
        }

        return (placed, unplaced);
    }

    private static IEnumerable<Token> Tokens(SourceLine line, int index, List<int> starts)
    {
        foreach (var cell in line.Filled)
        {
            var text = cell.Text;
            if (cell.IsNumber && text.Contains('.', StringComparison.Ordinal))
            {
                // Right-aligned amounts end before the next side begins.
                yield return new Token(TokenKind.Value, Side(starts, cell.End - 7), index, line.Number, text, cell.Amount);
                continue;
            }

            var side = Side(starts, cell.Start);
            var glued = GluedCode().Match(text);
            if (glued.Success)
            {
                // "310资本性支出": pdftotext joined the code and the name.
                yield return new Token(TokenKind.Code, side, index, line.Number, glued.Groups["code"].Value, null);
                text = glued.Groups["name"].Value;
            }
            else if (text.All(char.IsAsciiDigit))
            {
                yield return new Token(TokenKind.Code, side, index, line.Number, text, null);
                continue;
            }

            yield return new Token(TokenKind.Name, side, index, line.Number, text.Replace(" ", "", StringComparison.Ordinal), null);
        }
    }

    private static int Side(List<int> starts, int position)
    {
        var side = 0;
        for (var k = 1; k < starts.Count; k++)
        {
            if (position >= starts[k] - 4)
            {
                side = k;
            }
        }

        return side;
    }

    /// <summary>Where each side begins: the leftmost of each group of 经济分类 / 科目编码 / 类 / 款 header labels.</summary>
    private static List<int> SideStarts(IReadOnlyList<SourceLine> header)
    {
        var positions = header.SelectMany(l => l.Filled)
            .Where(c => SideLabels.Any(s => c.Text.Contains(s, StringComparison.Ordinal)) || c.Text is "类" or "款")
            .Select(c => c.Start).Order().ToList();
        var starts = new List<int>();
        foreach (var p in positions)
        {
            if (starts.Count == 0 || p - starts[^1] > 15 && positions.Where(x => x < p).Max() < p - 15)
            {
                starts.Add(p);
            }
        }

        return starts;
    }

    [GeneratedRegex(@"^(?<code>\d{3,7})(?<name>[^\d\s.].*)$")]
    private static partial Regex GluedCode();

    private enum TokenKind
    {
        Code,
        Name,
        Value,
    }

    private sealed record Token(TokenKind Kind, int Side, int Index, int Line, string Text, decimal? Amount);

    private sealed class Anchor(int side, int index, int line)
    {
        public int Side { get; } = side;

        public int Index { get; } = index;

        public int Line { get; } = line;

        public List<int> Lines { get; } = [line];

        public string? Key { get; init; }

        public string? Code { get; set; }

        public string Name { get; set; } = "";

        public decimal? Value { get; set; }
    }
}
