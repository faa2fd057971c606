using Compliance.Documents.Catalogue;
using Compliance.Rules.Expressions;
using Compliance.Rules.Kinds;
using Compliance.Rules.References;

namespace Compliance.Rules.Definitions;

internal sealed partial class RuleSetCompiler
{
    private SumRule? BuildSum(RuleFile r, RuleInfo info)
    {
        var columns = r.Columns ?? [];
        if (r.Hierarchy is { } table)
        {
            if (StandardTables.Find(table) is null)
            {
                Error("Hierarchy", $"表“{table}”不存在");
            }

            if (columns.Count == 0)
            {
                Error("Columns", "Hierarchy 规则需要列出要检查的栏");
            }

            CheckColumns(columns, [table]);
            return new SumRule(info, null, [], columns, table, Slack(r));
        }

        var total = Ref(r.Total, "Total");
        var parts = PartRefs(r.Parts);
        if (total is null || parts is null)
        {
            return null;
        }

        var all = parts.Prepend(total).Select(p => p.Reference).ToList();
        if (all.Exists(x => x.Column == "*") && columns.Count == 0)
        {
            Error("Columns", "引用中用了栏 *，需要用 Columns 列出栏");
        }

        CheckColumns(columns, all.Where(x => x.Column == "*").Select(x => x.TableId));

        if (total.Reference.IsEach && parts.Exists(p => p.Reference.IsEach && p.Reference.TableId != total.Reference.TableId && !p.Reference.MatchesByCode))
        {
            Error("Parts", "逐行（*）引用只能指向与 Total 相同的表；跨表请用 @*");
        }

        return new SumRule(info, total, parts, columns, null, Slack(r));
    }

    /// <summary>Every listed column must exist in each table whose references take it (<c>.*</c>).</summary>
    internal void CheckColumns(IReadOnlyList<string> columns, IEnumerable<string> tables)
    {
        foreach (var id in tables.Distinct(StringComparer.Ordinal))
        {
            var standard = StandardTables.Find(id);
            foreach (var column in columns.Where(c => standard?.Column(c) is null))
            {
                Error("Columns", $"栏“{column}”不在表 {id} 中；可用的栏: {string.Join(", ", standard?.Columns.Select(c => c.Key) ?? [])}");
            }
        }
    }

    private List<Operand.FromRef>? PartRefs(object? raw)
    {
        var texts = raw switch
        {
            string s => [s],
            List<object> list => list.Select(o => o?.ToString() ?? "").ToList(),
            _ => null,
        };
        if (texts is null || texts.Count == 0)
        {
            Error("Parts", "必须填写一个或多个单元格引用");
            return null;
        }

        var refs = texts.Select((t, i) => Ref(t, $"Parts[{i}]")).ToList();
        return refs.Any(x => x is null) ? null : refs.Select(x => x!).ToList();
    }

    private Operand.FromRef? Ref(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(field, "必须填写单元格引用，例如 summary[income.total].amount");
            return null;
        }

        try
        {
            var reference = CellRefParser.Parse(text);
            if (reference.Role is { } role && !DocumentRoles.Of(scope).Contains(role))
            {
                Error(field, $"引用“{text}”的“{role}.”指另一份文档：{DocumentRoles.Allowed(scope)}");
                return null;
            }

            return new Operand.FromRef(reference);
        }
        catch (FormatException ex)
        {
            Error(field, ex.Message);
            return null;
        }
    }

    /// <summary>A cell reference when the text is exactly one, otherwise a numeric expression.</summary>
    private Operand? Operand(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(field, "必须填写（单元格引用或数值表达式）");
            return null;
        }

        return OptionalOperand(text, field);
    }

    private Operand? OptionalOperand(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
        if (bracket > 0 && CellRef.IsTableId(WithoutRole(trimmed[..bracket])) && trimmed.IndexOf(']', StringComparison.Ordinal) == trimmed.LastIndexOf(']')
            && !trimmed[(trimmed.LastIndexOf(']') + 1)..].Any(c => c is ' ' or '+' or '-' or '*' or '/' or '(' or ')'))
        {
            return Ref(trimmed, field);
        }

        var compiled = CompileExpression(trimmed, field, typeof(decimal?));
        return compiled is null ? null : new Operand.FromExpression(compiled);
    }

    private static string WithoutRole(string table) =>
        table.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 && DocumentRoles.All.Contains(table[..dot]) ? table[(dot + 1)..] : table;

    private CompiledExpression? CompileExpression(string text, string field, Type expected, IReadOnlyList<(string, Type)>? locals = null)
    {
        try
        {
            var compiled = Compiler(locals).Compile(text);
            if (compiled.Type != expected)
            {
                Error(field, $"表达式结果应为{ExpressionCompiler.Describe(expected)}，实际为{ExpressionCompiler.Describe(compiled.Type)}: {text}");
                return null;
            }

            return compiled;
        }
        catch (ExpressionException ex)
        {
            Error(field, $"{ex.Message}: {text}");
            return null;
        }
    }

    private List<RateBand> Bands(List<BandFile>? bands)
    {
        var result = new List<RateBand>();
        for (var i = 0; i < (bands?.Count ?? 0); i++)
        {
            var b = bands![i];
            var below = b.Below is null ? null : Number(b.Below, $"Bands[{i}].Below");
            var above = b.Above is null ? null : Number(b.Above, $"Bands[{i}].Above");
            if (below is null && above is null)
            {
                Error($"Bands[{i}]", "需要 Below 或 Above");
            }

            result.Add(new RateBand(below, above, ParseSeverity(b.Severity, $"Bands[{i}].Severity") ?? Findings.Severity.Warning, b.Message));
        }

        return result;
    }

    private RequiredRule? BuildRequired(RuleFile r, RuleInfo info)
    {
        if (r.Tables is not { Count: > 0 } tables)
        {
            Error("Tables", "必须列出要求公开的表");
            return null;
        }

        foreach (var t in tables.Where(t => StandardTables.Find(t) is null))
        {
            Error("Tables", $"表“{t}”不存在");
        }

        return new RequiredRule(info, tables);
    }

    private ExpressionRule? BuildExpression(RuleFile r, RuleInfo info)
    {
        var item = ForEach(r);
        if (r.ForEach is not null && item is null)
        {
            return null;
        }

        var locals = new List<(string Name, CompiledExpression Expression)>();
        foreach (var (p, i) in (r.LocalParams ?? []).Select((p, i) => (p, i)))
        {
            var field = $"LocalParams[{i}]";
            if (string.IsNullOrWhiteSpace(p.Name) || !p.Name.All(c => char.IsLetterOrDigit(c) || c == '_') || char.IsDigit(p.Name[0]))
            {
                Error(field + ".Name", "必须是字母开头的名称");
                continue;
            }

            var scope = Scope(item, locals);
            try
            {
                locals.Add((p.Name, Compiler(scope).Compile(p.Expression ?? "")));
            }
            catch (ExpressionException ex)
            {
                Error(field + ".Expression", $"{ex.Message}: {p.Expression}");
            }
        }

        var names = Scope(item, locals);
        if (string.IsNullOrWhiteSpace(r.Expression))
        {
            Error("Expression", "必须填写布尔表达式");
            return null;
        }

        var predicate = CompileExpression(r.Expression, "Expression", typeof(bool), names);
        var stated = r.Stated is null ? null : CompileExpression(r.Stated, "Stated", typeof(decimal?), names);
        var computed = r.Computed is null ? null : CompileExpression(r.Computed, "Computed", typeof(decimal?), names);
        var location = r.Location is null ? null : Ref(r.Location, "Location")?.Reference;
        return predicate is null ? null : new ExpressionRule(info, item, locals, predicate, stated, computed, location);
    }

    /// <summary>Compiles <c>ForEach</c> (a collection) and names its element (<c>As</c>, default <c>item</c>).</summary>
    private ForEachItem? ForEach(RuleFile r)
    {
        if (r.ForEach is null)
        {
            if (r.As is not null)
            {
                Error("As", "只能与 ForEach 一起使用");
            }

            return null;
        }

        var name = r.As ?? "item";
        if (!name.All(c => char.IsLetterOrDigit(c) || c == '_') || char.IsDigit(name[0]))
        {
            Error("As", "必须是字母开头的名称");
            return null;
        }

        try
        {
            var collection = Compiler().Compile(r.ForEach);
            var element = ExpressionCompiler.ElementType(collection.Type);
            if (element is null)
            {
                Error("ForEach", $"应为集合（如 projects、selfEvaluations、claims、rows(summary)），实际为{ExpressionCompiler.Describe(collection.Type)}: {r.ForEach}");
                return null;
            }

            return new ForEachItem(name, element, collection);
        }
        catch (ExpressionException ex)
        {
            Error("ForEach", $"{ex.Message}: {r.ForEach}");
            return null;
        }
    }

    private static List<(string, Type)> Scope(ForEachItem? item, List<(string Name, CompiledExpression Expression)> locals)
    {
        var scope = locals.Select(l => (l.Name, l.Expression.Type)).ToList();
        if (item is not null)
        {
            scope.Insert(0, (item.Name, item.Element));
        }

        return scope;
    }
}
