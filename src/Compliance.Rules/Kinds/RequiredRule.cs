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
            if (ctx.Index.Table(id)?.Table is { } t && (t.Rows.Count > 0 || t.StatedEmpty))
            {
                continue;
            }

            var name = NameFor(id, ctx.Document.Info.Kind);
            findings.Add(Report($"未找到{name}，也未见该表无数据的说明", null, null, null,
                $"请公开{name}；如本部门无此类收支，应保留空表并注明“本部门无此项收支”；如该表以图片形式公开，请提供可识别文字的版本以便核对。",
                values: new Dictionary<string, string> { ["table"] = name }));
        }
    }

    /// <summary>The catalogue names final-accounts tables (…决算表); a budget publishes the same table as …预算表.</summary>
    private static string NameFor(string id, Documents.Model.DocumentKind kind)
    {
        var name = StandardTables.Find(id)?.Name ?? id;
        return kind == Documents.Model.DocumentKind.Budget ? name.Replace("决算", "预算", StringComparison.Ordinal) : name;
    }
}
