using System.Globalization;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.References;

namespace Compliance.Rules.Kinds;

/// <summary>
/// <c>expression</c>: a boolean expression that holds for a consistent document (RulesEngine semantics).
/// Local parameters are evaluated first, in order; <c>Stated</c>, <c>Computed</c> and <c>Location</c> fill the finding.
/// </summary>
internal sealed class ExpressionRule(
    RuleInfo info,
    IReadOnlyList<(string Name, CompiledExpression Expression)> locals,
    CompiledExpression predicate,
    CompiledExpression? stated,
    CompiledExpression? computed,
    CellRef? location) : CompiledRule(info)
{
    public override void Evaluate(EvaluationContext ctx, List<Finding> findings)
    {
        var values = new object?[locals.Count];
        ctx.Locals = values;
        for (var i = 0; i < locals.Count; i++)
        {
            values[i] = locals[i].Expression.Evaluate(ctx);
        }

        if (predicate.Evaluate(ctx) is true)
        {
            return;
        }

        var s = stated?.Evaluate(ctx) as decimal?;
        var c = computed?.Evaluate(ctx) as decimal?;
        var cells = location?.Resolve(ctx.Document);
        var cell = cells is { Count: > 0 } ? cells[0] : null;
        var named = locals.Select((l, i) => (l.Name, Text: values[i] is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? "" : "空白"))
            .ToDictionary(x => x.Name, x => x.Text);
        findings.Add(Report(Info.Description ?? $"规则 {Info.Name} 不成立: {predicate.Source}", s, c, cell,
            "请按规则说明核对相关数据。", values: named));
    }
}
