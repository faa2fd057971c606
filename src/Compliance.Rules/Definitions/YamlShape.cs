using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compliance.Rules.Definitions;

/// <summary>
/// Measures a rule file's YAML event by event, without building it, and refuses shapes no rule file needs
/// before the (recursive) deserializer sees them: nesting deep enough to exhaust the stack, and aliases
/// that expand to more nodes than any rule set holds (the "billion laughs" alias bomb).
/// </summary>
internal static class YamlShape
{
    /// <summary>Deepest nesting of mappings and sequences accepted; the shipped files use six.</summary>
    public const int MaxDepth = 32;

    /// <summary>Most nodes the file may stand for once every alias is expanded.</summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>Returns a problem naming the line, or null when the shape is acceptable.</summary>
    public static string? Problem(string text, string sourceName)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(long Nodes, string? Anchor)>();
        long total = 0;
        var line = 1L;
        while (Next(parser) is var next && next != false)
        {
            if (next is null)
            {
                // YamlDotNet's scanner throws InvalidOperationException, not YamlException, on some malformed plain scalars.
                return $"{sourceName}: 第 {line} 行之后: YAML 无法解析，请检查该处的引号、冒号与缩进";
            }

            line = parser.Current!.Start.Line;
            long added;
            switch (parser.Current)
            {
                case SequenceStart or MappingStart:
                    var start = (NodeEvent)parser.Current;
                    if (open.Count >= MaxDepth)
                    {
                        return $"{sourceName}: 第 {start.Start.Line} 行: 嵌套超过 {MaxDepth} 层，规则文件不需要这样深的结构";
                    }

                    open.Push((1, start.Anchor.IsEmpty ? null : start.Anchor.Value));
                    continue;
                case SequenceEnd or MappingEnd:
                    var (nodes, anchor) = open.Pop();
                    if (anchor is not null)
                    {
                        anchors[anchor] = nodes;
                    }

                    added = nodes;
                    break;
                case Scalar scalar:
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = 1;
                    }

                    added = 1;
                    break;
                case AnchorAlias alias:
                    added = anchors.GetValueOrDefault(alias.Value.Value, 1);
                    break;
                default:
                    continue;
            }

            if (open.Count > 0)
            {
                var (nodes, anchor) = open.Pop();
                open.Push((nodes + added, anchor));
            }
            else
            {
                total += added;
            }

            if (total + open.Sum(o => o.Nodes) > MaxExpandedNodes)
            {
                return $"{sourceName}: 第 {parser.Current!.Start.Line} 行: 别名（*）展开后超过 {MaxExpandedNodes:N0} 个节点，规则文件被拒绝（疑似 YAML 别名炸弹）";
            }
        }

        return null;
    }

    /// <summary>True on the next event, false at the end, null when the scanner fails outside its own exception type.</summary>
    private static bool? Next(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
