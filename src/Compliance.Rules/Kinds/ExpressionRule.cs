using System.Collections;
using System.Globalization;
using Compliance.Documents.Model;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.References;

namespace Compliance.Rules.Kinds;

/// <summary>The element a <c>ForEach</c> rule iterates: its name in expressions, its type and the collection.</summary>
internal sealed record ForEachItem(string Name, Type Element, CompiledExpression Collection);

/// <summary>
/// <c>expression</c>: a boolean expression that holds for a consistent document (RulesEngine semantics).
/// Local parameters are evaluated first, in order; <c>Stated</c>, <c>Computed</c> and <c>Location</c> fill the finding.
/// With <c>ForEach</c> the rule runs once per element (each project, self-evaluation, claim …) and each
/// finding points at that element's line.
/// </summary>
internal sealed class ExpressionRule(
    RuleInfo info,
    ForEachItem? forEach,
    IReadOnlyList<(string Name, CompiledExpression Expression)> locals,
    CompiledExpression predicate,
    CompiledExpression? stated,
    CompiledExpression? computed,
    CellRef? location) : CompiledRule(info)
{
    public override void Evaluate(EvaluationContext ctx, List<Finding> findings)
    {
        // One array of locals for every element: each is read only while its element is evaluated.
        var values = new object?[locals.Count + (forEach is null ? 0 : 1)];
        if (forEach is null)
        {
            EvaluateOnce(ctx, null, values, findings);
            return;
        }

        foreach (var element in (IEnumerable)forEach.Collection.Evaluate(ctx)!)
        {
            ctx.Step();
            EvaluateOnce(ctx, element, values, findings);
        }
    }

    private void EvaluateOnce(EvaluationContext ctx, object? element, object?[] values, List<Finding> findings)
    {
        var offset = forEach is null ? 0 : 1;
        ctx.Locals = values;
        if (forEach is not null)
        {
            values[0] = element;
        }

        for (var i = 0; i < locals.Count; i++)
        {
            values[i + offset] = locals[i].Expression.Evaluate(ctx);
        }

        if (predicate.Evaluate(ctx) is not true)
        {
            Fail(ctx, element, values, findings);
        }
    }

    // Apart from EvaluateOnce: its lambdas capture the locals, and a closure is allocated on entry to the method
    // that declares what it captures — for every element, not only for the ones that fail.
    private void Fail(EvaluationContext ctx, object? element, object?[] values, List<Finding> findings)
    {
        var offset = forEach is null ? 0 : 1;
        var s = stated?.Evaluate(ctx) as decimal?;
        var c = computed?.Evaluate(ctx) as decimal?;
        var cells = location?.Resolve(ctx);
        var cell = cells is { Count: > 0 } ? cells[0] : null;
        var named = locals.Select((l, i) => (l.Name, Text: Text(values[i + offset])))
            .ToDictionary(x => x.Name, x => x.Text);
        var (label, place) = element is null ? ("", null) : Describe(element);
        if (element is not null && place is not null && ctx.Linked.Count > 0 && ctx.OriginOf(element) is { } origin)
        {
            place = place with { Document = DocumentNames.Of(origin) };
        }

        named["item"] = label;
        var message = Info.Description is { } d ? (label.Length > 0 ? $"“{label}”：{d}" : d) : $"规则 {Info.Name} 不成立: {predicate.Source}";
        findings.Add(Report(message, s, c, cell, "请按规则说明核对相关数据。", values: named, location: cell is null ? place : null));
    }

    private static string Text(object? value) => value switch
    {
        null => "空白",
        Project p => p.Name,
        SelfEvaluation e => e.Subject,
        Indicator i => i.Name,
        Claim c => c.Subject,
        Row r => r.Name,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A label and a location for an element of the model, so per-element findings point at their line.</summary>
    private static (string Label, Location Location) Describe(object element) => element switch
    {
        Project p => (p.Name, new Location { Row = p.Name, Line = p.SourceLine, Cell = p.SourceCell }),
        SelfEvaluation e => (e.Subject, new Location { Row = e.Subject, Line = e.SourceLine, Cell = e.SourceCell }),
        Indicator i => (i.Name, new Location { Row = i.Name, Line = i.SourceLine, Cell = i.SourceCell }),
        Claim c => (c.Subject, new Location { Line = c.Line, Excerpt = c.Excerpt }),
        Row r => (r.Name, new Location { Row = r.Name, Line = r.SourceLine, Cell = r.SourceCells?.Values.FirstOrDefault() }),
        AmountLine a => (a.Name, new Location { Row = a.Name, Line = a.SourceLine, Cell = a.SourceCell }),
        Fact f => (f.Key, new Location { Row = f.Text ?? f.Key, Line = f.Line }),
        _ => (Text(element), new Location()),
    };
}
