using System.Linq.Expressions;
using Compliance.Documents.Model;

namespace Compliance.Rules.Expressions;

/// <summary>
/// The allow-list: the only names an expression can resolve. Document-level names and the members of
/// each model type are listed here one by one; nothing is looked up by reflection on user input, so
/// <c>GetType</c>, <c>System.IO</c> and the like simply do not exist for an expression.
/// </summary>
internal static class ModelSymbols
{
    private static readonly Dictionary<Type, Dictionary<string, Func<Expression, Expression>>> Members = new()
    {
        [typeof(Project)] = Of<Project>(
            ("name", p => p.Name), ("code", p => p.Code), ("wholeDepartment", p => p.WholeDepartment), ("totalBudget", p => p.TotalBudget),
            ("currentYearBudget", p => p.CurrentYearBudget), ("priorYears", p => p.PriorYears), ("unit", p => p.Unit),
            ("expenditureLines", p => p.ExpenditureLines), ("procurementLines", p => p.ProcurementLines),
            ("indicators", p => p.Indicators)),
        [typeof(AmountLine)] = Of<AmountLine>(("name", l => l.Name), ("code", l => l.Code), ("amount", l => l.Amount)),
        [typeof(Indicator)] = Of<Indicator>(
            ("level1", i => i.Level1), ("level2", i => i.Level2), ("name", i => i.Name), ("target", i => i.Target),
            ("actual", i => i.Actual), ("weight", i => i.Weight), ("score", i => i.Score), ("explanation", i => i.Explanation)),
        [typeof(SelfEvaluation)] = Of<SelfEvaluation>(
            ("subject", e => e.Subject), ("wholeDepartment", e => e.WholeDepartment), ("budget", e => e.Budget),
            ("executed", e => e.Executed), ("statedRate", e => e.StatedRate), ("weight", e => e.Weight),
            ("score", e => e.Score), ("totalScore", e => e.TotalScore), ("indicators", e => e.Indicators),
            ("explanation", e => e.Explanation)),
        [typeof(Claim)] = Of<Claim>(
            ("kind", c => EnumNames<ClaimKind>.Of(c.Kind)), ("subject", c => c.Subject), ("value", c => (decimal?)c.Value),
            ("basis", c => c.Basis), ("line", c => (decimal?)c.Line), ("excerpt", c => c.Excerpt)),
        [typeof(Fact)] = Of<Fact>(("key", f => f.Key), ("value", f => f.Value), ("text", f => f.Text)),
        [typeof(Document)] = Of<Document>(
            ("year", d => (decimal?)d.Info.Year), ("kind", d => EnumNames<DocumentKind>.Of(d.Info.Kind)), ("department", d => d.Info.Department),
            ("unit", d => d.Info.Unit), ("projects", d => d.Projects), ("selfEvaluations", d => d.SelfEvaluations),
            ("claims", d => d.Claims), ("facts", d => d.Facts)),
        [typeof(Row)] = Of<Row>(("key", r => r.Key), ("code", r => r.Code), ("name", r => r.Name), ("lineNo", r => r.LineNo)),
    };

    /// <summary>Names an expression can use at top level, resolved against the evaluation context.</summary>
    public static Expression? Global(string name, Expression ctx)
    {
        Expression<Func<EvaluationContext, object?>>? access = name switch
        {
            "year" => c => (decimal?)c.Document.Info.Year,
            "kind" => c => EnumNames<DocumentKind>.Of(c.Document.Info.Kind),
            "department" => c => c.Document.Info.Department,
            "unit" => c => c.Document.Info.Unit,
            "projects" => c => c.Document.Projects,
            "selfEvaluations" => c => c.Document.SelfEvaluations,
            "claims" => c => c.Document.Claims,
            "facts" => c => c.Document.Facts,
            _ => null,
        };
        if (access is null)
        {
            return null;
        }

        var body = access.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : access.Body;
        return new ParameterReplacer(access.Parameters[0], ctx).Visit(body);
    }

    /// <summary>A member of a model object, or null when the type has no such allow-listed member.</summary>
    public static Expression? Member(Expression target, string name)
    {
        if (Members.TryGetValue(target.Type, out var members) && members.TryGetValue(name, out var access))
        {
            return access(target);
        }

        // Any other name on a table row is a column key: r.total, r.basic.
        if (target.Type == typeof(Row))
        {
            return Expression.Call(target, typeof(Row).GetMethod(nameof(Row.Value))!, Expression.Constant(name));
        }

        return null;
    }

    public static IEnumerable<string> MembersOf(Type type) =>
        Members.TryGetValue(type, out var m) ? m.Keys : [];

    private static Dictionary<string, Func<Expression, Expression>> Of<T>(params (string Name, Expression<Func<T, object?>> Access)[] members) =>
        members.ToDictionary(
            m => m.Name,
            m => (Func<Expression, Expression>)(target =>
            {
                var body = m.Access.Body is UnaryExpression { NodeType: ExpressionType.Convert } c ? c.Operand : m.Access.Body;
                return new ParameterReplacer(m.Access.Parameters[0], target).Visit(body);
            }),
            StringComparer.Ordinal);

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
