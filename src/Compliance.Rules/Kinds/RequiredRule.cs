using Compliance.Documents.Catalogue;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;

namespace Compliance.Rules.Kinds;

/// <summary><c>required</c>: each listed table is present, or the document states that it is empty.</summary>
internal sealed class RequiredRule(RuleInfo info, IReadOnlyList<string> tables) : CompiledRule(info)
{
    public override void Evaluate(EvaluationContext ctx, List<Finding> findings)
    {
        foreach (var id in tables)
        {
            ctx.Step();
            if (ctx.Document.Table(id) is { } t && (t.Rows.Count > 0 || t.StatedEmpty))
            {
                continue;
            }

            var name = StandardTables.Find(id)?.Name ?? id;
            findings.Add(Report($"缺少{name}，也未说明该表无数据", null, null, null,
                $"请公开{name}；如本部门无此类收支，应保留空表并注明“本部门无此项收支”。",
                values: new Dictionary<string, string> { ["table"] = name }));
        }
    }
}
