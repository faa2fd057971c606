using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.References;

namespace Compliance.Rules.Linking;

/// <summary>
/// Two documents of one department that cross-document rules compare: a <see cref="RuleScope.Pair"/> (the budget
/// and the final accounts of one year; the final accounts are checked) or a <see cref="RuleScope.Series"/> (the
/// same kind of document for years N−1 and N; year N is checked).
/// </summary>
/// <param name="Scope">Pair or series.</param>
/// <param name="Checked">The document under check: the final accounts of a pair, year N of a series.</param>
/// <param name="Other">The document it is compared with: the budget of a pair, year N−1 of a series.</param>
public sealed record DocumentLink(RuleScope Scope, Document Checked, Document Other)
{
    /// <summary>A budget and the final accounts of the same year.</summary>
    public static DocumentLink Pair(Document budget, Document final)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(final);
        if (budget.Info.Kind != DocumentKind.Budget || final.Info.Kind != DocumentKind.FinalAccounts || budget.Info.Year != final.Info.Year)
        {
            throw new ArgumentException("预算与决算配对需要同一年度的一份部门预算和一份部门决算");
        }

        return new DocumentLink(RuleScope.Pair, final, budget);
    }

    /// <summary>The same kind of document for two consecutive years.</summary>
    public static DocumentLink Series(Document prior, Document current)
    {
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(current);
        if (prior.Info.Kind != current.Info.Kind || prior.Info.Year != current.Info.Year - 1)
        {
            throw new ArgumentException("跨年度比较需要同类文档的相邻两个年度（N−1 与 N）");
        }

        return new DocumentLink(RuleScope.Series, current, prior);
    }

    /// <summary>The documents by the role names rules use.</summary>
    internal IReadOnlyDictionary<string, Document> Roles => Scope == RuleScope.Pair
        ? new Dictionary<string, Document>(StringComparer.Ordinal) { [DocumentRoles.Budget] = Other, [DocumentRoles.Final] = Checked }
        : new Dictionary<string, Document>(StringComparer.Ordinal) { [DocumentRoles.Prior] = Other };
}
