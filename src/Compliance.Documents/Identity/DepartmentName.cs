using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Documents.Identity;

/// <summary>
/// A department's name split into the administrative regions it starts with and the unit itself, so that the
/// names one department prints in different documents compare equal: 武汉市东西湖区大数据中心, 东西湖区大数据中心 and
/// 区大数据中心 are one department (regions [武汉市, 东西湖区], [东西湖区], [区…]; unit 大数据中心), while
/// 武汉市教育局 and 东西湖区教育局 are not. Whitespace, quotes, full-width forms, 本级 and bracketed 本级/汇总 are dropped.
/// </summary>
/// <param name="Regions">Named regions in order, outermost first (武汉市, 东西湖区).</param>
/// <param name="Levels">Abbreviated levels printed without a name (区 in 区大数据中心).</param>
/// <param name="Unit">The unit's own name, the part every spelling shares.</param>
public sealed partial record DepartmentName(IReadOnlyList<string> Regions, IReadOnlyList<char> Levels, string Unit)
{
    // Words that begin with a level character but are not an abbreviated region: 市场监督管理局 is not "市 + 场…".
    private static readonly string[] LevelWords = ["市场", "市政", "市容", "市民", "区域", "县域", "省级", "市级", "区级", "县级"];

    /// <summary>Splits a printed name; never throws (an empty name gives an empty unit).</summary>
    public static DepartmentName Parse(string? printed)
    {
        var s = Clean(printed ?? "");
        var regions = new List<string>();
        var levels = new List<char>();
        while (true)
        {
            var m = RegionPrefix().Match(s);
            if (m.Success && s.Length - m.Length >= 2)
            {
                regions.Add(m.Value);
                s = s[m.Length..];
                continue;
            }

            if (s.Length > 2 && s[0] is '省' or '市' or '区' or '县' && !LevelWords.Any(w => s.StartsWith(w, StringComparison.Ordinal)))
            {
                levels.Add(s[0]);
                s = s[1..];
                continue;
            }

            break;
        }

        return new DepartmentName(regions, levels, s);
    }

    /// <summary>Whether two printed names denote the same department.</summary>
    public static bool Same(string? a, string? b) => Parse(a).SameAs(Parse(b));

    /// <summary>
    /// Same unit, and the regions do not contradict: when both name a region the innermost ones agree, and an
    /// abbreviated level (区) matches the level of the other's innermost region.
    /// </summary>
    public bool SameAs(DepartmentName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Unit.Length == 0 || !string.Equals(Unit, other.Unit, StringComparison.Ordinal))
        {
            return false;
        }

        if (Regions.Count > 0 && other.Regions.Count > 0 && !string.Equals(Regions[^1], other.Regions[^1], StringComparison.Ordinal))
        {
            return false;
        }

        return LevelsFit(this, other) && LevelsFit(other, this);
    }

    private static bool LevelsFit(DepartmentName abbreviated, DepartmentName named) =>
        abbreviated.Levels.Count == 0 || named.Regions.Count == 0 || abbreviated.Regions.Count > 0
        || named.Regions[^1].EndsWith(abbreviated.Levels[^1]);

    private static string Clean(string printed)
    {
        var s = printed.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '\'' or '‘' or '’' or '·'))
            {
                sb.Append(c);
            }
        }

        s = Bookkeeping().Replace(sb.ToString(), "");
        s = s.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)
             .Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        foreach (var suffix in (string[])["单位本级", "机关本级", "本级"])
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal) && s.Length > suffix.Length)
            {
                s = s[..^suffix.Length];
            }
        }

        return s;
    }

    // A named region: two to eight characters and an administrative suffix (湖北省, 武汉市, 东西湖区, 恩施土家族苗族自治州).
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,8}?(?:特别行政区|自治区|自治州|自治县|地区|新区|省|市|州|盟|区|县|旗)")]
    private static partial Regex RegionPrefix();

    // Bracketed notes about the scope of the accounts, not the department: （本级）（汇总）（部门汇总）.
    [GeneratedRegex(@"[(\[][^()\[\]]*(?:本级|汇总|本部|合并)[^()\[\]]*[)\]]")]
    private static partial Regex Bookkeeping();
}
