using Compliance.Documents.Model;
using Compliance.Rules.Findings;

namespace Compliance.Reports.Digest;

/// <summary>
/// When two findings of different checks are "the same" finding: same department, year, kind, rule, place and
/// stated figure. The place is table + row + column + excerpt; the line number counts only when none of those is
/// known, because re-submitting a corrected document shifts lines and would otherwise turn every untouched
/// finding into one "fixed" and one "new".
/// </summary>
internal static class FindingIdentity
{
    private const char Separator = '\u001f';

    public static string Of(DocumentInfo document, Finding finding)
    {
        var l = finding.Location;
        var place = l.Table is null && l.Row is null && l.Column is null && l.Excerpt is null
            ? l.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Join(Separator, l.Table, l.Row, l.Column, l.Excerpt);
        return string.Join(
            Separator,
            document.Department,
            document.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            document.Kind.ToString(),
            finding.RuleId,
            place,
            finding.Stated?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
