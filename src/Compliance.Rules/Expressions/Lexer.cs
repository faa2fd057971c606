using System.Globalization;
using Compliance.Rules.References;

namespace Compliance.Rules.Expressions;

internal enum TokenKind
{
    Number,
    String,
    Name,
    Parameter,
    Ref,
    Symbol,
    End,
}

internal readonly record struct Token(TokenKind Kind, string Text, int Position, decimal Number = 0m, CellRef? Ref = null);

/// <summary>Splits an expression into tokens; a table id followed by <c>[</c> is read whole as a cell reference.</summary>
internal static class Lexer
{
    private static readonly string[] Symbols =
        ["=>", "==", "!=", "<=", ">=", "&&", "||", "??", "+", "-", "*", "/", "%", "(", ")", ",", ".", "?", ":", "<", ">", "!"];

    /// <summary>C# keywords for statements, loops, object creation and type operations: never part of a rule expression.</summary>
    private static readonly HashSet<string> Statements = new(StringComparer.Ordinal)
    {
        "new", "while", "for", "foreach", "do", "goto", "typeof", "sizeof", "nameof", "unsafe", "fixed", "stackalloc",
        "lock", "using", "return", "throw", "try", "catch", "delegate", "await", "yield", "break", "continue",
    };

    public static List<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < source.Length && (char.IsAsciiDigit(source[i]) || source[i] == '.'))
                {
                    i++;
                }

                var text = source[start..i];
                if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    throw new ExpressionException($"数字“{text}”无效", start);
                }

                tokens.Add(new Token(TokenKind.Number, text, start, value));
            }
            else if (c is '\'' or '"')
            {
                var end = source.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new ExpressionException("字符串缺少结束引号", i);
                }

                tokens.Add(new Token(TokenKind.String, source[(i + 1)..end], i));
                i = end + 1;
            }
            else if (c == '$' || IsNameStart(c))
            {
                var start = i;
                i += c == '$' ? 1 : 0;
                while (i < source.Length && IsNamePart(source[i]))
                {
                    i++;
                }

                var name = source[start..i];
                if (c == '$')
                {
                    tokens.Add(new Token(TokenKind.Parameter, name[1..], start));
                }
                else if (Statements.Contains(name))
                {
                    throw new ExpressionException(
                        $"表达式不允许使用“{name}”：规则只能是一个表达式，不能包含语句、循环、类型操作或创建对象", start);
                }
                else if (i < source.Length && source[i] == '[' && CellRef.IsTableId(name))
                {
                    i = ReadRef(source, start, i, tokens);
                }
                else if (DocumentRoles.All.Contains(name) && RoleTable(source, i) is { } bracket)
                {
                    i = ReadRef(source, start, bracket, tokens);
                }
                else
                {
                    tokens.Add(new Token(TokenKind.Name, name, start));
                }
            }
            else
            {
                var symbol = Array.Find(Symbols, s => string.CompareOrdinal(source, i, s, 0, s.Length) == 0)
                    ?? throw new ExpressionException($"无法识别的字符“{c}”", i);
                tokens.Add(new Token(TokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }

        tokens.Add(new Token(TokenKind.End, "", source.Length));
        return tokens;
    }

    private static int ReadRef(string source, int start, int bracket, List<Token> tokens)
    {
        var close = source.IndexOf(']', bracket);
        if (close < 0)
        {
            throw new ExpressionException("单元格引用缺少“]”", bracket);
        }

        var i = close + 1;
        if (i < source.Length && source[i] == '.')
        {
            i++;
            while (i < source.Length && (IsNamePart(source[i]) || source[i] == '#'))
            {
                i++;
            }
        }

        var text = source[start..i];
        try
        {
            tokens.Add(new Token(TokenKind.Ref, text, start, Ref: CellRefParser.Parse(text)));
        }
        catch (FormatException ex)
        {
            throw new ExpressionException(ex.Message, start);
        }

        return i;
    }

    /// <summary>After a role name: the position of '[' when <c>.table[</c> follows (<c>budget.sangong[total].budget</c>).</summary>
    private static int? RoleTable(string source, int dot)
    {
        if (dot >= source.Length || source[dot] != '.')
        {
            return null;
        }

        var i = dot + 1;
        while (i < source.Length && IsNamePart(source[i]))
        {
            i++;
        }

        return i < source.Length && source[i] == '[' && CellRef.IsTableId(source[(dot + 1)..i]) ? i : null;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_';
}
