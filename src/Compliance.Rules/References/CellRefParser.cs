using System.Globalization;
using Compliance.Documents.Catalogue;

namespace Compliance.Rules.References;

/// <summary>Parses <c>table[rows].column</c>; errors name the reference and what is wrong with it.</summary>
internal static class CellRefParser
{
    public static CellRef Parse(string text)
    {
        var s = text.Trim();
        var open = s.IndexOf('[', StringComparison.Ordinal);
        var close = s.LastIndexOf(']');
        if (open <= 0 || close < open || close + 1 >= s.Length || s[close + 1] != '.')
        {
            throw new FormatException($"引用“{text}”格式应为 表[行].栏，例如 summary[income.total].amount");
        }

        var table = s[..open].Trim();
        string? role = null;
        if (table.IndexOf('.', StringComparison.Ordinal) is var dot and > 0)
        {
            role = table[..dot];
            table = table[(dot + 1)..];
            if (!DocumentRoles.All.Contains(role))
            {
                throw new FormatException($"引用“{text}”中的“{role}.”不是文档角色；可用: {string.Join(", ", DocumentRoles.All.Select(r => r + "."))}");
            }
        }

        var standard = StandardTables.Find(table);
        if (standard is null)
        {
            var known = string.Join(", ", StandardTables.All.Select(t => t.Id));
            throw new FormatException($"引用“{text}”中的表“{table}”不存在；可用的表: {known}");
        }

        var column = s[(close + 2)..].Trim();
        if (column != "*" && (column.Length == 0 || !IsName(column.StartsWith('#') ? column[1..] : column)))
        {
            throw new FormatException($"引用“{text}”缺少栏名或栏次（.amount、.#1、.* 配合 Columns）");
        }

        if (column != "*" && !column.StartsWith('#') && standard.Column(column) is null)
        {
            throw new FormatException($"引用“{text}”中的栏“{column}”不在表 {table} 中；可用的栏: {string.Join(", ", standard.Columns.Select(c => c.Key))}");
        }

        var rows = SplitSelectors(s[(open + 1)..close]).Select(r => ParseSelector(r, text)).ToList();
        if (rows.Count == 0)
        {
            throw new FormatException($"引用“{text}”没有指定行");
        }

        if (rows.OfType<RowSelector.ByKey>().FirstOrDefault(k => standard.Row(k.Key) is null) is { } unknown)
        {
            var keys = standard.Rows.Count == 0 ? "（该表没有固定行，请用 @科目编码、#行次 或 '行名'）" : "；可用的行键: " + string.Join(", ", standard.Rows.Select(r => r.Key));
            throw new FormatException($"引用“{text}”中的行“{unknown.Key}”不在表 {table} 中{keys}");
        }

        if (rows.Any(r => r.IsEach) && rows.Count > 1)
        {
            throw new FormatException($"引用“{text}”: 逐行选择（* 或 @*）不能与其他行选择并列");
        }

        return new CellRef(table, rows, column) { Role = role };
    }

    private static IEnumerable<string> SplitSelectors(string inner)
    {
        var parts = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (inner[i] == ',' && !quoted)
            {
                parts.Add(inner[start..i]);
                start = i + 1;
            }
        }

        parts.Add(inner[start..]);
        return parts.Select(p => p.Trim()).Where(p => p.Length > 0);
    }

    private static RowSelector ParseSelector(string s, string text) => s switch
    {
        "*" => new RowSelector.Each(),
        "@*" => new RowSelector.EachCoded(),
        "类" or "level1" => new RowSelector.ByLevel(1),
        "款" or "level2" => new RowSelector.ByLevel(2),
        "项" or "level3" => new RowSelector.ByLevel(3),
        ['#', .. var line] when line.Length > 0 && line.All(char.IsAsciiDigit) => new RowSelector.ByLineNo(
            int.Parse(line, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        ['@', .. var code] when code.Length > 0 && code.All(char.IsAsciiLetterOrDigit) => new RowSelector.ByCode(code),
        ['\'', .. var name, '\''] when name.Length > 0 => new RowSelector.ByName(name),
        _ when IsName(s) => new RowSelector.ByKey(s),
        _ => throw new FormatException($"引用“{text}”中的行“{s}”无法识别（可用: 行键、#行次、@科目编码、'行名'、类/款/项、*、@*）"),
    };

    private static bool IsName(string s) =>
        s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
