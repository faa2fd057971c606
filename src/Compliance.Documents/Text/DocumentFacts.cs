using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>Reads who published the document, for which year and kind, and department facts such as head counts.</summary>
internal static partial class DocumentFacts
{
    public static DocumentInfo Info(IReadOnlyList<SourceLine> lines, string sourceName)
    {
        var kind = DocumentKind.Budget;
        string department = "";
        var year = 0;
        for (var i = 0; i < Math.Min(lines.Count, 60); i++)
        {
            var text = lines[i].Text.Replace('\t', ' ').Trim();
            var m = Heading().Match(text);
            if (!m.Success)
            {
                continue;
            }

            kind = m.Groups["kind"].Value == "决算" ? DocumentKind.FinalAccounts : DocumentKind.Budget;
            year = YearIn(text) ?? YearIn(i + 1 < lines.Count ? lines[i + 1].Text : "") ?? 0;
            department = Department(text);
            if (department.Length == 0)
            {
                department = lines.Take(i).Reverse().Select(l => l.Text.Trim()).FirstOrDefault(t => t.Length > 0) ?? "";
            }

            break;
        }

        // Covers wrap long names over lines ("上海市普陀区规划和自然" / "资源局"); the part headings
        // ("第一部分 上海市普陀区规划和自然资源局概况") and the 部门： line print the name whole.
        var part = lines.Take(400).Select(l => PartHeading().Match(l.Text.Trim())).FirstOrDefault(m => m.Success && m.Groups["name"].Length is >= 4 and <= 40);
        if (part is not null)
        {
            department = part.Groups["name"].Value.Trim();
        }

        var printed = lines.Select(l => DepartmentLine().Match(l.Text)).FirstOrDefault(m => m.Success);
        if (printed is not null)
        {
            department = printed.Groups["name"].Value.Trim();
        }

        if (year == 0)
        {
            year = lines.Take(200).Select(l => YearIn(l.Text)).FirstOrDefault(y => y is not null) ?? 0;
        }

        return new DocumentInfo
        {
            Department = department.Length > 0 ? department : Path.GetFileNameWithoutExtension(sourceName),
            Year = year is >= 1990 and <= 2100 ? year : 2000,
            Kind = kind,
            Unit = Units.TenThousandYuan,
        };
    }

    public static IEnumerable<Fact> Facts(IEnumerable<SourceLine> narrative)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in narrative)
        {
            // Every pattern needs a number that decimal.TryParse reads, so ASCII digits; most prose lines have none.
            if (!line.Text.AsSpan().ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            foreach (var (pattern, key) in FactPatterns)
            {
                var m = pattern.Match(line.Text);
                // A count beyond decimal's range is a typing error, not a fact.
                if (m.Success && decimal.TryParse(m.Groups["v"].Value, CultureInfo.InvariantCulture, out var value) && seen.Add(key))
                {
                    yield return new Fact
                    {
                        Key = key,
                        Value = value,
                        Text = m.Value,
                        Line = line.Number,
                    };
                }
            }
        }
    }

    private static readonly (Regex Pattern, string Key)[] FactPatterns =
    [
        (StaffActual(), "staff.actual"),
        (StaffAuthorized(), "staff.authorized"),
        (Retired(), "staff.retired"),
        (Vehicles(), "vehicles"),
    ];

    private static string Department(string heading)
    {
        var s = YearPattern().Replace(heading, "");
        var part = s.IndexOf("部分", StringComparison.Ordinal);
        if (s.StartsWith('第') && part is > 0 and < 5)
        {
            s = s[(part + 2)..];
        }

        s = s.Replace("部门决算", "", StringComparison.Ordinal).Replace("部门预算", "", StringComparison.Ordinal);
        s = s.Replace("年度", "", StringComparison.Ordinal).Trim(' ', '年', '度', '　');
        return s.Length > 40 ? "" : s;
    }

    private static int? YearIn(string text)
    {
        var m = YearPattern().Match(text);
        return m.Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?!.*(表|说明|情况|目录)).{0,60}部门(?<kind>预算|决算)\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^第[一二三四五]部分\s*(?<name>[^\s\d（(]+?)\s*(概况|(20\d{2}\s*年度?\s*)?部门(决算|预算))")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"(?<y>20\d{2})\s*年(度)?")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^\s*部门\s*[:：]\s*(?<name>[^（(\t ]+)")]
    private static partial Regex DepartmentLine();

    [GeneratedRegex(@"在职实有人数\s*(?<v>\d+)\s*人")]
    private static partial Regex StaffActual();

    [GeneratedRegex(@"编制(人数)?\s*(?<v>\d+)\s*人")]
    private static partial Regex StaffAuthorized();

    [GeneratedRegex(@"离退休人员\s*(?<v>\d+)\s*人")]
    private static partial Regex Retired();

    [GeneratedRegex(@"共有车辆\s*(?<v>\d+)\s*辆")]
    private static partial Regex Vehicles();
}
