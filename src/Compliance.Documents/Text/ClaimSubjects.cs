using System.Text.RegularExpressions;

namespace Compliance.Documents.Text;

/// <summary>
/// Normalises the words before a number into a subject rules can match: no year, department name,
/// ordinal, "其中：", filler verbs or spaces; half-width brackets made full-width; budget stages
/// (年初预算 / 调整预算 / 决算) split off so "X 年初预算" and "X 决算" share the topic X.
/// See docs/claims.md for the vocabulary.
/// </summary>
internal static partial class ClaimSubjects
{
    private static readonly (string Printed, string Stage)[] Stages =
    [
        ("年初预算数", "年初预算"), ("年初预算", "年初预算"), ("追加调整后预算", "调整预算"), ("调整后预算", "调整预算"),
        ("调整预算数", "调整预算"), ("调整预算", "调整预算"), ("全年预算数", "全年预算"), ("支出决算数", "决算"),
        ("支出决算", "决算"), ("决算数", "决算"), ("决算", "决算"), ("执行数", "决算"), ("预算数", "预算"),
    ];

    // A static array: TrimStart('：', …) would allocate one for every call, and every number in the narrative makes several.
    private static readonly char[] LeadPunctuation = ['：', ':', '，', ','];

    private static readonly string[] Leads = ["其中", "主要用于以下方面", "主要用于", "主要包括", "包括", "分别为", "分别是", "具体为"];

    public static string Normalize(string raw, string department)
    {
        var s = raw.Replace(" ", "", StringComparison.Ordinal).Replace('(', '（').Replace(')', '）')
            .Replace("收入支出总计", "收支总计", StringComparison.Ordinal).Replace("收入、支出总计", "收支总计", StringComparison.Ordinal);
        // Asides such as "（以合同签订为准）" and the level markers （类）（款）（项） are not part of the subject.
        s = Aside().Replace(s, "");
        if (department.Length > 0)
        {
            s = s.Replace(department, "", StringComparison.Ordinal);
        }

        for (var pass = 0; pass < 3; pass++)
        {
            s = LeadingYear().Replace(s, "");
            s = Names.StripOrdinal(s).TrimStart(LeadPunctuation);
            foreach (var lead in Leads)
            {
                if (s.StartsWith(lead, StringComparison.Ordinal))
                {
                    s = s[lead.Length..].TrimStart(LeadPunctuation);
                }
            }
        }

        s = Filler().Replace(s, "");
        return s.Length > 40 ? s[^40..] : s;
    }

    /// <summary>"因公出国（境）费支出" → "因公出国（境）费": the table rows name the expense, not its spending.</summary>
    public static string WithoutSpending(string subject) =>
        subject.EndsWith("费支出", StringComparison.Ordinal) ? subject[..^2] : subject;

    /// <summary>政府采购支出总额 or one of its parts (货物 / 工程 / 服务), or null when the subject is neither.</summary>
    public static string? ProcurementPart(string subject, bool inProcurementSentence)
    {
        if (ProcurementTotal().IsMatch(subject) && !ProcurementOther().IsMatch(subject))
        {
            return "政府采购支出总额";
        }

        var part = PartOfProcurement().Match(subject);
        return part.Success && (subject.Contains("政府采购", StringComparison.Ordinal) || inProcurementSentence) ? part.Groups["part"].Value : null;
    }

    /// <summary>Splits "一般公共预算财政拨款支出年初预算" into topic and stage; the topic is empty for a bare stage.</summary>
    public static (string Topic, string? Stage) SplitStage(string subject)
    {
        foreach (var (printed, stage) in Stages)
        {
            if (subject.EndsWith(printed, StringComparison.Ordinal))
            {
                return (subject[..^printed.Length], stage);
            }
        }

        return (subject, null);
    }

    /// <summary>The class named by an item heading ("1. 一般公共服务(类)" → 一般公共服务支出; with 款/项, joined by /).</summary>
    public static string? Topic(string paragraph)
    {
        var m = ClassHeading().Match(paragraph);
        if (m.Success)
        {
            var levels = m.Groups["level"].Captures.Select(c => c.Value.Trim()).ToList();
            if (!levels[0].EndsWith("支出", StringComparison.Ordinal))
            {
                levels[0] += "支出";
            }

            return string.Join('/', levels);
        }

        var evaluation = EvaluationHeading().Match(paragraph);
        return evaluation.Success ? evaluation.Groups["name"].Value.Trim() : null;
    }

    [GeneratedRegex(@"（(类|款|项|[^（）]{3,})）")]
    private static partial Regex Aside();

    [GeneratedRegex(@"政府采购.{0,6}(总额|金额|合计|支出)$")]
    private static partial Regex ProcurementTotal();

    [GeneratedRegex(@"中小|小微|预留|授予|合同|货物|工程|服务")]
    private static partial Regex ProcurementOther();

    [GeneratedRegex(@"^(政府采购)?(?<part>货物|工程|服务)(类)?(采购)?(支出|金额|采购金额)?$")]
    private static partial Regex PartOfProcurement();

    [GeneratedRegex(@"^\d{4}年度?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"(为|是|共计|合计为|达到|达|约|各|了)$")]
    private static partial Regex Filler();

    [GeneratedRegex(@"^\s*\d+\s*[.、．]\s*(?:(?<level>[^()（）。，\d]+?)\s*[（(](?:类|款|项)[)）]\s*)+")]
    private static partial Regex ClassHeading();

    [GeneratedRegex(@"^\s*\d+\s*[.、．]\s*(?<name>[^：:。]+?)项目绩效自评综述")]
    private static partial Regex EvaluationHeading();
}
