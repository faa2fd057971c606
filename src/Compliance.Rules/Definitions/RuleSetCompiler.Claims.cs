using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using Compliance.Rules.Kinds;

namespace Compliance.Rules.Definitions;

internal sealed partial class RuleSetCompiler
{
    private ClaimRule? BuildClaim(RuleFile r, RuleInfo info)
    {
        if (!Enum.TryParse<ClaimKind>(r.Claims, ignoreCase: false, out var kind))
        {
            Error("Claims", $"“{r.Claims}”不是 {string.Join("、", Enum.GetNames<ClaimKind>())} 之一");
            return null;
        }

        var subjects = Subjects(r.Subjects, "Subjects", r.ClassTemplate);
        var bases = Subjects(r.Bases, "Bases", null);
        if (kind is ClaimKind.Amount or ClaimKind.Share && subjects.IsEmpty)
        {
            Error("Subjects", "Amount 与 Share 需要列出主语与表中数的对应（Subjects 或 ClassTemplate）");
        }

        if (kind == ClaimKind.Share && bases.IsEmpty)
        {
            Error("Bases", "Share 需要列出占比基数与表中数的对应");
        }

        return new ClaimRule(info, kind, subjects, bases, r.DefaultBasis);
    }

    private ClaimSubjects Subjects(Dictionary<string, string>? map, string field, string? classTemplate)
    {
        var operands = new Dictionary<string, Operand>(StringComparer.Ordinal);
        foreach (var (subject, text) in map ?? [])
        {
            if (OptionalOperand(text, $"{field}.{subject}") is { } operand)
            {
                operands[subject] = operand;
            }
        }

        var classes = new Dictionary<string, Operand>(StringComparer.Ordinal);
        if (classTemplate is not null)
        {
            if (!classTemplate.Contains("{code}", StringComparison.Ordinal))
            {
                Error("ClassTemplate", "应包含 {code}，例如 summary[@{code}].amount");
            }
            else
            {
                foreach (var (code, _) in FunctionalClasses.All)
                {
                    if (Ref(classTemplate.Replace("{code}", code, StringComparison.Ordinal), "ClassTemplate") is { } reference)
                    {
                        classes[code] = reference;
                    }
                }
            }
        }

        return new ClaimSubjects(operands, classes);
    }
}
