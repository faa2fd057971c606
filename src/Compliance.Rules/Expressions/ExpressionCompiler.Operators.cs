using System.Linq.Expressions;

namespace Compliance.Rules.Expressions;

internal sealed partial class ExpressionCompiler
{
    private Expression BindBinary(BinaryNode b)
    {
        var left = Bind(b.Left);
        var right = Bind(b.Right);
        switch (b.Op)
        {
            case "&&":
                return Expression.AndAlso(Require(left, typeof(bool), b.Left), Require(right, typeof(bool), b.Right));
            case "||":
                return Expression.OrElse(Require(left, typeof(bool), b.Left), Require(right, typeof(bool), b.Right));
            case "??":
                var type = left.Type == typeof(string) ? typeof(string) : typeof(decimal?);
                return Expression.Coalesce(Require(left, type, b.Left), Require(right, type, b.Right));
            case "==" or "!=":
                var (l, r) = Unify(left, right, b);
                return b.Op == "==" ? Expression.Equal(l, r) : Expression.NotEqual(l, r);
        }

        left = Require(left, typeof(decimal?), b.Left);
        right = Require(right, typeof(decimal?), b.Right);
        return b.Op switch
        {
            "+" => Expression.Add(left, right),
            "-" => Expression.Subtract(left, right),
            "*" => Expression.Multiply(left, right),
            "/" => Expression.Call(Method(nameof(Builtins.Divide)), left, right),
            "%" => Expression.Call(Method(nameof(Builtins.Modulo)), left, right),
            "<" => Expression.LessThan(left, right),
            "<=" => Expression.LessThanOrEqual(left, right),
            ">" => Expression.GreaterThan(left, right),
            ">=" => Expression.GreaterThanOrEqual(left, right),
            _ => throw new ExpressionException($"未知运算符“{b.Op}”", b.Position),
        };
    }

    private static (Expression Left, Expression Right) Unify(Expression left, Expression right, Node at)
    {
        if (left.Type == right.Type)
        {
            return (left, right);
        }

        if (left is ConstantExpression { Value: null } && !right.Type.IsValueType)
        {
            return (Expression.Constant(null, right.Type), right);
        }

        if (right is ConstantExpression { Value: null } && !left.Type.IsValueType)
        {
            return (left, Expression.Constant(null, left.Type));
        }

        throw new ExpressionException($"两侧类型不一致: {Describe(left.Type)} 与 {Describe(right.Type)}", at.Position);
    }

    /// <summary>
    /// Names that only make sense as an attempt to reach the runtime. They fail like every unknown name,
    /// but with a message that says the rule was refused for safety rather than mistyped.
    /// </summary>
    private static readonly HashSet<string> ForbiddenRoots = new(StringComparer.OrdinalIgnoreCase)
    {
        "System", "IO", "File", "Directory", "Path", "Process", "Environment", "Reflection", "Assembly", "Type",
        "typeof", "GetType", "Activator", "AppDomain", "Thread", "Threading", "Task", "Parallel", "Marshal",
        "GC", "Console", "Net", "HttpClient", "Socket", "WebClient", "Diagnostics", "Runtime", "Emit", "dynamic",
        "new", "while", "for", "foreach", "do", "goto", "unsafe", "Microsoft", "Registry",
    };

    private static ExpressionException Forbidden(string name, int position)
    {
        var root = name.Split('.')[0];
        return ForbiddenRoots.Contains(root)
            ? new ExpressionException($"表达式不允许使用“{name}”：规则只能访问文档模型、算术、Math 函数和集合函数", position)
            : new ExpressionException($"未知的名称“{name}”", position);
    }
}
