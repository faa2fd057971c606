namespace Compliance.Rules.Expressions;

/// <summary>
/// Recursive-descent parser for rule expressions. The grammar has no statements, loops or
/// declarations: only operators, calls of known functions, member access and lambdas.
/// Length and nesting are bounded so a hostile expression cannot exhaust the stack.
/// </summary>
internal sealed class Parser
{
    public const int MaxLength = 4000;
    public const int MaxDepth = 48;

    private readonly List<Token> tokens;
    private int index;
    private int depth;

    private Parser(List<Token> tokens) => this.tokens = tokens;

    public static Node Parse(string source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new ExpressionException("表达式为空", 0);
        }

        if (source.Length > MaxLength)
        {
            throw new ExpressionException($"表达式长度 {source.Length} 超过上限 {MaxLength}", MaxLength);
        }

        var parser = new Parser(Lexer.Tokenize(source));
        var node = parser.Expression();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw new ExpressionException($"多余的“{parser.Current.Text}”", parser.Current.Position);
        }

        return node;
    }

    private Token Current => tokens[index];

    private bool Accept(string symbol)
    {
        if (Current.Kind is TokenKind.Symbol or TokenKind.Name && Current.Text == symbol)
        {
            index++;
            return true;
        }

        return false;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw new ExpressionException($"此处应为“{symbol}”，实际为“{Describe(Current)}”", Current.Position);
        }
    }

    private Node Expression()
    {
        if (++depth > MaxDepth)
        {
            throw new ExpressionException($"表达式嵌套超过 {MaxDepth} 层", Current.Position);
        }

        try
        {
            if (Current.Kind == TokenKind.Name && tokens[index + 1] is { Kind: TokenKind.Symbol, Text: "=>" })
            {
                var parameter = Current;
                index += 2;
                return new LambdaNode(parameter.Position, parameter.Text, Expression());
            }

            var test = Coalesce();
            if (Accept("?"))
            {
                var ifTrue = Expression();
                Expect(":");
                return new ConditionalNode(test.Position, test, ifTrue, Expression());
            }

            return test;
        }
        finally
        {
            depth--;
        }
    }

    private Node Coalesce() => LeftAssoc(Or, "??");

    private Node Or() => LeftAssoc(And, "||", "or");

    private Node And() => LeftAssoc(Comparison, "&&", "and");

    private Node Comparison() => LeftAssoc(Additive, "==", "!=", "<", "<=", ">", ">=");

    private Node Additive() => LeftAssoc(Multiplicative, "+", "-");

    private Node Multiplicative() => LeftAssoc(Unary, "*", "/", "%");

    private Node LeftAssoc(Func<Node> next, params string[] ops)
    {
        var left = next();
        while (true)
        {
            var op = Array.Find(ops, o => Current.Kind is TokenKind.Symbol or TokenKind.Name && Current.Text == o);
            if (op is null)
            {
                return left;
            }

            var position = Current.Position;
            index++;
            left = new BinaryNode(position, Normalize(op), left, next());
        }
    }

    private static string Normalize(string op) => op switch
    {
        "or" => "||",
        "and" => "&&",
        _ => op,
    };

    private Node Unary()
    {
        var position = Current.Position;
        if (Accept("-"))
        {
            return new UnaryNode(position, "-", Nested(Unary));
        }

        return Accept("!") || Accept("not") ? new UnaryNode(position, "!", Nested(Unary)) : Postfix();
    }

    /// <summary>Unary operators nest without passing through <see cref="Expression"/>, so they count towards the depth too.</summary>
    private Node Nested(Func<Node> parse)
    {
        if (++depth > MaxDepth)
        {
            throw new ExpressionException($"表达式嵌套超过 {MaxDepth} 层", Current.Position);
        }

        try
        {
            return parse();
        }
        finally
        {
            depth--;
        }
    }

    private Node Postfix()
    {
        var node = Primary();
        while (Current.Kind == TokenKind.Symbol && Current.Text == ".")
        {
            index++;
            if (Current.Kind != TokenKind.Name)
            {
                throw new ExpressionException("“.”之后应为成员名", Current.Position);
            }

            var member = Current;
            index++;
            if (Current is { Kind: TokenKind.Symbol, Text: "(" } && node is not NameNode { Name: "Math" })
            {
                // Only built-in functions can be called; a method call on anything else is an attempt to reach .NET.
                throw new ExpressionException(
                    $"表达式不允许调用方法“{PathOf(node)}.{member.Text}()”：规则只能调用内置函数（abs、round、sum、count 等）", member.Position);
            }

            node = Current is { Kind: TokenKind.Symbol, Text: "(" }
                ? Call(member.Position, member.Text.ToLowerInvariant())
                : new MemberNode(member.Position, node, member.Text);
        }

        return node;
    }

    private static string PathOf(Node node) => node switch
    {
        NameNode n => n.Name,
        MemberNode m => PathOf(m.Target) + "." + m.Member,
        StringNode s => $"\"{s.Value}\"",
        CallNode c => c.Function + "(…)",
        _ => "…",
    };

    private Node Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                index++;
                return new NumberNode(token.Position, token.Number);
            case TokenKind.String:
                index++;
                return new StringNode(token.Position, token.Text);
            case TokenKind.Parameter:
                index++;
                return new ParameterNode(token.Position, token.Text);
            case TokenKind.Ref:
                index++;
                return new RefNode(token.Position, token.Ref!);
            case TokenKind.Name:
                index++;
                if (Current is { Kind: TokenKind.Symbol, Text: "(" })
                {
                    return Call(token.Position, token.Text);
                }

                return token.Text switch
                {
                    "true" => new BoolNode(token.Position, true),
                    "false" => new BoolNode(token.Position, false),
                    "null" => new NullNode(token.Position),
                    _ => new NameNode(token.Position, token.Text),
                };
            case TokenKind.Symbol when token.Text == "(":
                index++;
                var inner = Expression();
                Expect(")");
                return inner;
            default:
                throw new ExpressionException($"此处应为值，实际为“{Describe(token)}”", token.Position);
        }
    }

    private CallNode Call(int position, string function)
    {
        Expect("(");
        var args = new List<Node>();
        if (!Accept(")"))
        {
            do
            {
                args.Add(Expression());
            }
            while (Accept(","));
            Expect(")");
        }

        return new CallNode(position, function, args);
    }

    private static string Describe(Token token) => token.Kind == TokenKind.End ? "表达式结尾" : token.Text;
}
