using Compliance.Rules.Engine;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.Kinds;
using Compliance.Rules.References;

namespace Compliance.Rules.Definitions;

/// <summary>Validates a parsed rule file and compiles each rule; problems name file, rule and field.</summary>
internal sealed partial class RuleSetCompiler(
    string source,
    RuleSetFile file,
    IReadOnlyDictionary<string, string>? overrides,
    string version)
{
    private static readonly string[] Kinds = ["sum", "equal", "share", "change", "rate", "required", "claim", "expression"];

    private readonly List<string> errors = [];
    private readonly Dictionary<string, object> parameters = new(StringComparer.Ordinal);
    private string rule = "";
    private RuleScope scope = RuleScope.Document;

    public RuleSet Compile()
    {
        var name = file.WorkflowName?.Trim();
        if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add($"{source}: 字段 WorkflowName: 必须填写，只能包含字母、数字、- 和 _");
            name = "?";
        }

        scope = file.Scope?.Trim().ToLowerInvariant() switch
        {
            null or "" or "document" => RuleScope.Document,
            "pair" => RuleScope.Pair,
            "series" => RuleScope.Series,
            _ => Fail($"{source}: 字段 Scope: “{file.Scope}”不是 document、pair 或 series"),
        };

        foreach (var (key, value) in file.Parameters ?? [])
        {
            parameters[key] = RuleSetLoader.ParameterValue(value);
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            if (!parameters.ContainsKey(key))
            {
                errors.Add($"{source}: 配置覆盖的参数 {key} 在规则集中不存在");
            }

            parameters[key] = RuleSetLoader.ParameterValue(value);
        }

        var rules = file.Rules ?? [];
        if (rules.Count == 0)
        {
            errors.Add($"{source}: 字段 Rules: 至少需要一条规则");
        }
        else if (rules.Count > RuleSetLoader.MaxRules)
        {
            errors.Add($"{source}: 字段 Rules: {rules.Count} 条规则超过上限 {RuleSetLoader.MaxRules}");
            rules = [];
        }

        var compiled = new List<CompiledRule>();
        var summaries = new List<RuleSummary>();
        var tests = new List<RuleTestCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            rule = string.IsNullOrWhiteSpace(r.RuleName) ? $"#{i + 1}" : r.RuleName.Trim();
            if (string.IsNullOrWhiteSpace(r.RuleName))
            {
                Error("RuleName", "必须填写");
                continue;
            }

            if (!seen.Add(rule))
            {
                Error("RuleName", "与同文件中另一条规则重复");
                continue;
            }

            var before = errors.Count;
            var info = new RuleInfo(name!, rule, r.Kind?.Trim().ToLowerInvariant() ?? "", ParseSeverity(r.Severity, "Severity") ?? Severity.Error,
                r.Description, r.ErrorMessage, r.Fix);
            var built = Build(r, info);
            if (built is not null)
            {
                built.Scope = scope;
            }

            if (built is not null && r.When is not null)
            {
                built.Condition = CompileExpression(r.When, "When", typeof(bool));
            }

            if (built is null || errors.Count > before)
            {
                continue;
            }

            var enabled = r.Enabled ?? true;
            summaries.Add(new RuleSummary(info.Id, info.Kind, info.Severity, enabled, r.Description));
            if (enabled)
            {
                compiled.Add(built);
            }

            tests.AddRange(BuildTests(r, info.Id));
        }

        if (errors.Count > 0)
        {
            throw new RuleSetLoadException(errors);
        }

        return new RuleSet(name!, file.Description, source, version, compiled, summaries, tests, scope);
    }

    private CompiledRule? Build(RuleFile r, RuleInfo info)
    {
        switch (info.Kind)
        {
            case "sum":
                return BuildSum(r, info);
            case "equal":
                var left = Operand(r.Left, "Left");
                var right = Operand(r.Right, "Right");
                CheckColumns(r.Columns ?? [], new[] { left, right }.Select(o => o?.Reference).Where(x => x?.Column == "*").Select(x => x!.TableId));
                return left is null || right is null ? null
                    : new EqualRule(info, left, right, r.Columns ?? [], MinorSeverity(), Slack(r));
            case "share":
                var stated = Operand(r.Stated, "Stated");
                var part = Operand(r.Part, "Part");
                var whole = Operand(r.Whole, "Whole");
                return stated is null || part is null || whole is null ? null : new ShareRule(info, stated, part, whole);
            case "change":
                var current = Operand(r.Current, "Current");
                var previous = Operand(r.Previous, "Previous");
                if (r.StatedChange is null && r.StatedGrowth is null)
                {
                    Error("StatedChange", "StatedChange 与 StatedGrowth 至少填写一项");
                }

                return current is null || previous is null ? null
                    : new ChangeRule(info, current, previous, OptionalOperand(r.StatedChange, "StatedChange"), OptionalOperand(r.StatedGrowth, "StatedGrowth"));
            case "rate":
                var actual = Operand(r.Actual, "Actual");
                var budget = Operand(r.Budget, "Budget");
                return actual is null || budget is null ? null
                    : new RateRule(info, actual, budget, OptionalOperand(r.Stated, "Stated"), Bands(r.Bands));
            case "required":
                return BuildRequired(r, info);
            case "claim":
                return BuildClaim(r, info);
            case "expression":
                return BuildExpression(r, info);
            default:
                Error("Kind", $"“{r.Kind}”不是可用的类型；可用: {string.Join(", ", Kinds)}");
                return null;
        }
    }

    private void Error(string field, string message) => errors.Add($"{source}: 规则 {rule}: 字段 {field}: {message}");

    private Severity? ParseSeverity(string? text, string field)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "error" or "强制":
                return text is null or "" ? null : Severity.Error;
            case "warning" or "提示":
                return Severity.Warning;
            case "info":
                return Severity.Info;
            default:
                Error(field, $"“{text}”不是 error、warning 或 info");
                return null;
        }
    }

    private Severity MinorSeverity() =>
        parameters.TryGetValue("minorSeverity", out var v) && Enum.TryParse<Severity>(v.ToString(), true, out var s) ? s : Severity.Warning;

    private decimal Slack(RuleFile r) => r.Tolerance is null ? 0m : Number(r.Tolerance, "Tolerance") ?? 0m;

    private decimal? Number(string text, string field)
    {
        var value = text.StartsWith('$') ? parameters.GetValueOrDefault(text[1..]) : RuleSetLoader.ParameterValue(text);
        if (value is decimal d)
        {
            return d;
        }

        Error(field, text.StartsWith('$') ? $"参数 {text} 未定义或不是数值" : $"“{text}”不是数值");
        return null;
    }

    private ExpressionCompiler Compiler(IReadOnlyList<(string, Type)>? locals = null) => new(parameters, locals ?? [], DocumentRoles.Of(scope));

    private RuleScope Fail(string message)
    {
        errors.Add(message);
        return RuleScope.Document;
    }
}
