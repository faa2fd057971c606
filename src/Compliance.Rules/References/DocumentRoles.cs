using Compliance.Rules.Engine;

namespace Compliance.Rules.References;

/// <summary>
/// The names a cross-document rule uses for the documents it compares: in a <c>pair</c> rule set the document
/// under check is the final accounts (<c>final</c>) and <c>budget</c> is the budget of the same year; in a
/// <c>series</c> rule set the document under check is year N and <c>prior</c> is the same kind of document for N−1.
/// </summary>
internal static class DocumentRoles
{
    public const string Budget = "budget";
    public const string Final = "final";
    public const string Prior = "prior";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Budget, Final, Prior };

    /// <summary>The roles a rule set of the scope may name.</summary>
    public static IReadOnlySet<string> Of(RuleScope scope) => scope switch
    {
        RuleScope.Pair => new HashSet<string>(StringComparer.Ordinal) { Budget, Final },
        RuleScope.Series => new HashSet<string>(StringComparer.Ordinal) { Prior },
        _ => new HashSet<string>(StringComparer.Ordinal),
    };

    public static string Allowed(RuleScope scope) =>
        Of(scope).Count == 0 ? "单文档规则集（Scope: document）不能引用其他文档" : $"Scope: {scope.ToString().ToLowerInvariant()} 的规则集只能用 {string.Join("、", Of(scope))}";
}
