using System.Linq.Expressions;
using System.Reflection;

namespace Compliance.Rules.Expressions;

/// <summary>A compiled expression: its result type and a delegate to evaluate it.</summary>
internal sealed record CompiledExpression(string Source, Type Type, Func<EvaluationContext, object?> Evaluate)
{
    public bool IsNumeric => Type == typeof(decimal?);
}

/// <summary>
/// Compiles rule expressions to delegates through <see cref="System.Linq.Expressions"/>. Only the
/// document model's allow-listed members (<see cref="ModelSymbols"/>), the functions in
/// <see cref="Builtins"/>, rule-set parameters and the rule's local parameters resolve; anything else
/// is refused at load with a message naming it.
/// </summary>
internal sealed partial class ExpressionCompiler(
    IReadOnlyDictionary<string, object> parameters,
    IReadOnlyList<(string Name, Type Type)> locals,
    IReadOnlySet<string>? roles = null)
{
    private readonly IReadOnlySet<string> roles = roles ?? new HashSet<string>();

    private readonly ParameterExpression ctx = Expression.Parameter(typeof(EvaluationContext), "ctx");
    private readonly Dictionary<string, ParameterExpression> lambdaScope = new(StringComparer.Ordinal);

    public CompiledExpression Compile(string source)
    {
        var body = Bind(Parser.Parse(source));
        var lambda = Expression.Lambda<Func<EvaluationContext, object?>>(Expression.Convert(body, typeof(object)), ctx);
        return new CompiledExpression(source, body.Type, lambda.Compile());
    }

    private Expression Bind(Node node) => node switch
    {
        NumberNode n => Expression.Constant(n.Value, typeof(decimal?)),
        StringNode s => Expression.Constant(s.Value, typeof(string)),
        BoolNode b => Expression.Constant(b.Value),
        NullNode => Expression.Constant(null, typeof(decimal?)),
        ParameterNode p => BindParameter(p),
        RefNode r => Expression.Call(Method(nameof(Builtins.RefValue)), ctx, Expression.Constant(Role(r.Ref))),
        NameNode n => BindName(n),
        MemberNode m => BindMember(m),
        UnaryNode u => BindUnary(u),
        BinaryNode b => BindBinary(b),
        ConditionalNode c => BindConditional(c),
        CallNode c => BindCall(c),
        LambdaNode l => throw new ExpressionException($"“{l.Parameter} => …”只能作为 sum、count、any、all、where 的参数", l.Position),
        _ => throw new ExpressionException("无法识别的表达式", node.Position),
    };

    private ConstantExpression BindParameter(ParameterNode p)
    {
        if (!parameters.TryGetValue(p.Name, out var value))
        {
            var known = parameters.Count == 0 ? "（本规则集未定义参数）" : "，可用: " + string.Join(", ", parameters.Keys.Select(k => "$" + k));
            throw new ExpressionException($"参数 ${p.Name} 未定义{known}", p.Position);
        }

        return value switch
        {
            decimal d => Expression.Constant(d, typeof(decimal?)),
            bool b => Expression.Constant(b),
            _ => Expression.Constant(value.ToString(), typeof(string)),
        };
    }

    private Expression BindName(NameNode n)
    {
        if (lambdaScope.TryGetValue(n.Name, out var parameter))
        {
            return parameter;
        }

        for (var i = 0; i < locals.Count; i++)
        {
            if (locals[i].Name == n.Name)
            {
                var slot = Expression.ArrayIndex(Expression.Property(ctx, nameof(EvaluationContext.Locals)), Expression.Constant(i));
                return Expression.Convert(slot, locals[i].Type);
            }
        }

        if (Documents.Catalogue.StandardTables.Find(n.Name) is not null)
        {
            return Expression.Constant(n.Name, typeof(string));
        }

        if (References.DocumentRoles.All.Contains(n.Name))
        {
            return Expression.Call(ctx, typeof(EvaluationContext).GetMethod(nameof(EvaluationContext.For))!, Expression.Constant(RoleAllowed(n.Name, n.Position)));
        }

        return ModelSymbols.Global(n.Name, ctx) ?? throw Forbidden(n.Name, n.Position);
    }

    /// <summary>A cell reference whose role, if any, the rule set's scope links.</summary>
    private References.CellRef Role(References.CellRef reference)
    {
        if (reference.Role is { } role)
        {
            RoleAllowed(role, 0);
        }

        return reference;
    }

    private string RoleAllowed(string role, int position) => roles.Contains(role)
        ? role
        : throw new ExpressionException($"“{role}”指另一份文档，只能在跨文档规则集中使用（Scope: pair 可用 budget、final；Scope: series 可用 prior）", position);

    private Expression BindMember(MemberNode m)
    {
        if (m.Target is NameNode root && ForbiddenRoots.Contains(root.Name))
        {
            throw Forbidden(root.Name + "." + m.Member, m.Position);
        }

        var target = Bind(m.Target);
        return ModelSymbols.Member(target, m.Member) ?? throw new ExpressionException(
            $"“{m.Member}”不是 {Describe(target.Type)} 的可用成员；可用: {string.Join(", ", ModelSymbols.MembersOf(target.Type))}",
            m.Position);
    }

    private Expression BindUnary(UnaryNode u)
    {
        var operand = Bind(u.Operand);
        return u.Op == "-"
            ? Expression.Negate(Require(operand, typeof(decimal?), u))
            : Expression.Not(Require(operand, typeof(bool), u));
    }

    private Expression BindConditional(ConditionalNode c)
    {
        var test = Require(Bind(c.Test), typeof(bool), c.Test);
        var (ifTrue, ifFalse) = Unify(Bind(c.IfTrue), Bind(c.IfFalse), c);
        return Expression.Condition(test, ifTrue, ifFalse);
    }

    private static MethodInfo Method(string name) =>
        typeof(Builtins).GetMethod(name, BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException($"Builtins.{name} is missing");

    private static Expression Require(Expression e, Type type, Node at)
    {
        if (e.Type == type)
        {
            return e;
        }

        if (e is ConstantExpression { Value: null } && !type.IsValueType)
        {
            return Expression.Constant(null, type);
        }

        throw new ExpressionException($"此处需要{Describe(type)}，实际为{Describe(e.Type)}", at.Position);
    }

    internal static string Describe(Type type) =>
        type == typeof(decimal?) ? "数值"
        : type == typeof(bool) ? "布尔值"
        : type == typeof(string) ? "文本"
        : ElementType(type) is { } element ? $"{element.Name} 集合"
        : type.Name;

    internal static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type.GetGenericArguments()[0]
        : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
