using Compliance.Rules.References;

namespace Compliance.Rules.Expressions;

/// <summary>The syntax tree of a rule expression. Nothing in it can name a .NET type or member directly.</summary>
internal abstract record Node(int Position);

internal sealed record NumberNode(int Position, decimal Value) : Node(Position);

internal sealed record StringNode(int Position, string Value) : Node(Position);

internal sealed record BoolNode(int Position, bool Value) : Node(Position);

internal sealed record NullNode(int Position) : Node(Position);

internal sealed record NameNode(int Position, string Name) : Node(Position);

internal sealed record ParameterNode(int Position, string Name) : Node(Position);

internal sealed record RefNode(int Position, CellRef Ref) : Node(Position);

internal sealed record UnaryNode(int Position, string Op, Node Operand) : Node(Position);

internal sealed record BinaryNode(int Position, string Op, Node Left, Node Right) : Node(Position);

internal sealed record ConditionalNode(int Position, Node Test, Node IfTrue, Node IfFalse) : Node(Position);

internal sealed record MemberNode(int Position, Node Target, string Member) : Node(Position);

internal sealed record CallNode(int Position, string Function, IReadOnlyList<Node> Arguments) : Node(Position);

internal sealed record LambdaNode(int Position, string Parameter, Node Body) : Node(Position);

/// <summary>An expression was refused at load; the message says what and where (character position).</summary>
internal sealed class ExpressionException(string message, int position) : Exception($"{message}（第 {position + 1} 个字符）")
{
    public int Position { get; } = position;
}
