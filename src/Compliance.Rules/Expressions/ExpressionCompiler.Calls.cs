using System.Linq.Expressions;

namespace Compliance.Rules.Expressions;

internal sealed partial class ExpressionCompiler
{
    private Expression BindCall(CallNode c)
    {
        var args = c.Arguments;
        switch (c.Function)
        {
            case "abs" or "floor" or "ceiling":
                Arity(c, 1);
                return Expression.Call(Method(Capitalize(c.Function)), Number(args[0]));
            case "round":
                Arity(c, 1, 2);
                return Expression.Call(Method(nameof(Builtins.Round)), Number(args[0]),
                    args.Count == 2 ? Number(args[1]) : Expression.Constant(0m, typeof(decimal?)));
            case "min" or "max" or "coalesce":
                Arity(c, 2);
                return c.Function == "coalesce"
                    ? Expression.Coalesce(Number(args[0]), Number(args[1]))
                    : Expression.Call(Method(Capitalize(c.Function)), Number(args[0]), Number(args[1]));
            case "sameText":
                Arity(c, 2);
                return Expression.Call(Method(nameof(Builtins.SameText)), Text(args[0]), Text(args[1]));
            case "contains" or "startsWith":
                Arity(c, 2);
                return Expression.Call(Method(Capitalize(c.Function)), Text(args[0]), Text(args[1]));
            case "agrees":
                Arity(c, 2);
                return Expression.Call(Method(nameof(Builtins.Agrees)), Number(args[0]), Number(args[1]));
            case "shareAgrees":
                Arity(c, 3);
                return Expression.Call(Method(nameof(Builtins.ShareAgrees)), Number(args[0]), Number(args[1]), Number(args[2]));
            case "sumAgrees":
                if (args.Count < 2)
                {
                    throw new ExpressionException("函数 sumAgrees 需要合计和至少一个组成项", c.Position);
                }

                return Expression.Call(Method(nameof(Builtins.SumAgrees)), Number(args[0]),
                    Expression.NewArrayInit(typeof(decimal?), args.Skip(1).Select(Number)));
            case "quantified":
                Arity(c, 1);
                return Expression.Call(Method(nameof(Builtins.Quantified)), Text(args[0]));
            case "meets":
                Arity(c, 2);
                return Expression.Call(Method(nameof(Builtins.Meets)), Text(args[0]), Text(args[1]));
            case "len" or "isBlank":
                Arity(c, 1);
                return Expression.Call(Method(c.Function == "len" ? nameof(Builtins.Length) : nameof(Builtins.IsBlank)), Text(args[0]));
            case "exists" or "present" or "rows":
                Arity(c, 1);
                var (role, table) = TableId(args[0]);
                return Expression.Call(Method(Capitalize(c.Function)), ctx, Expression.Constant(role, typeof(string)), table);
            case "fact":
                Arity(c, 1);
                return Expression.Call(Method(nameof(Builtins.FactValue)), ctx, Text(args[0]));
            case "sum" or "first" or "count" or "any" or "all" or "where":
                return BindCollectionCall(c);
            default:
                if (ForbiddenRoots.Contains(c.Function))
                {
                    throw Forbidden(c.Function, c.Position);
                }

                throw new ExpressionException(
                    $"未知函数“{c.Function}”；可用: abs round floor ceiling min max coalesce contains startsWith sameText len isBlank agrees shareAgrees sumAgrees quantified meets exists present rows fact sum first count any all where",
                    c.Position);
        }
    }

    private Expression BindCollectionCall(CallNode c)
    {
        var needsLambda = c.Function is "sum" or "first" or "all" or "where";
        Arity(c, needsLambda ? 2 : 1, 2);
        var collection = Bind(c.Arguments[0]);
        var element = ElementType(collection.Type)
            ?? throw new ExpressionException($"{c.Function} 的第一个参数应为集合，实际为{Describe(collection.Type)}", c.Arguments[0].Position);
        var enumerable = typeof(IEnumerable<>).MakeGenericType(element);
        var resultType = c.Function is "sum" or "first" ? typeof(decimal?) : typeof(bool);
        Expression selector = c.Arguments.Count == 2
            ? Lambda(c.Arguments[1], element, resultType, c.Function)
            : Expression.Constant(null, typeof(Func<,,>).MakeGenericType(typeof(EvaluationContext), element, typeof(bool)));
        var method = typeof(Builtins).GetMethod(Capitalize(c.Function))!.MakeGenericMethod(element);
        return Expression.Call(method, ctx, Expression.Convert(collection, enumerable), selector);
    }

    private Expression Lambda(Node node, Type parameterType, Type resultType, string function)
    {
        if (node is not LambdaNode lambda)
        {
            throw new ExpressionException($"{function} 的第二个参数应为 “x => …”", node.Position);
        }

        if (lambdaScope.ContainsKey(lambda.Parameter) || ModelSymbols.Global(lambda.Parameter, ctx) is not null
            || References.DocumentRoles.All.Contains(lambda.Parameter))
        {
            throw new ExpressionException($"参数名“{lambda.Parameter}”与已有名称重复", lambda.Position);
        }

        // A lambda inside another may read the outer one's parameter, so it has to stay a closure in the tree.
        var nested = lambdaScope.Count > 0;
        var parameter = Expression.Parameter(parameterType, lambda.Parameter);
        lambdaScope[lambda.Parameter] = parameter;
        try
        {
            var body = Require(Bind(lambda.Body), resultType, lambda.Body);
            // The context is the lambda's own parameter, so an outermost lambda reads nothing from the enclosing
            // tree and is compiled once, here: a lambda left in the tree became a new delegate (DynamicMethod.
            // CreateDelegate) every time the expression ran — 14 % of a whole check.
            var shape = typeof(Func<,,>).MakeGenericType(typeof(EvaluationContext), parameterType, resultType);
            var tree = Expression.Lambda(shape, body, ctx, parameter);
            return nested ? tree : Expression.Constant(tree.Compile(), shape);
        }
        finally
        {
            lambdaScope.Remove(lambda.Parameter);
        }
    }

    private Expression Number(Node node) => Require(Bind(node), typeof(decimal?), node);

    private Expression Text(Node node) => Require(Bind(node), typeof(string), node);

    /// <summary>A table name, optionally in another document: <c>sangong</c>, <c>budget.generalPublic</c>.</summary>
    private (string? Role, ConstantExpression Table) TableId(Node node)
    {
        var (role, id) = node switch
        {
            StringNode s => (null, s.Value),
            NameNode n => (null, n.Name),
            MemberNode { Target: NameNode r } m when References.DocumentRoles.All.Contains(r.Name) => (RoleAllowed(r.Name, r.Position), m.Member),
            _ => throw new ExpressionException("此处应为表名，例如 sangong 或 budget.sangong", node.Position),
        };
        return Documents.Catalogue.StandardTables.Find(id) is null
            ? throw new ExpressionException($"表“{id}”不存在", node.Position)
            : (role, Expression.Constant(id));
    }

    private static void Arity(CallNode c, int min, int? max = null)
    {
        var n = c.Arguments.Count;
        if (n < min || n > (max ?? min))
        {
            var expected = max is null || max == min ? $"{min}" : $"{min}–{max}";
            throw new ExpressionException($"函数 {c.Function} 需要 {expected} 个参数，实际 {n} 个", c.Position);
        }
    }

    private static string Capitalize(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
