using System.Globalization;
using System.Text;
using Compliance.Rules.Expressions;
using Compliance.Rules.Findings;
using Compliance.Rules.References;

namespace Compliance.Rules.Kinds;

/// <summary>What every compiled rule knows about itself.</summary>
internal sealed record RuleInfo(string RuleSet, string Name, string Kind, Severity Severity, string? Description, string? ErrorMessage, string? Fix)
{
    public string Id => $"{RuleSet}.{Name}";
}

/// <summary>A rule compiled at load: evaluating it only reads the document and adds findings.</summary>
internal abstract class CompiledRule(RuleInfo info)
{
    public RuleInfo Info { get; } = info;

    /// <summary>The rule's <c>When</c>: it runs only on documents where this holds (e.g. <c>kind == 'Budget'</c>).</summary>
    public CompiledExpression? Condition { get; set; }

    /// <summary>The scope of the rule's set: which documents a check links for it.</summary>
    public Engine.RuleScope Scope { get; set; }

    public bool AppliesTo(EvaluationContext ctx) => Condition is null || Condition.Evaluate(ctx) is true;

    public abstract void Evaluate(EvaluationContext ctx, List<Finding> findings);

    /// <summary>Builds a finding; a rule's own ErrorMessage, with {placeholders} filled, replaces the default message.</summary>
    protected Finding Report(
        string defaultMessage,
        decimal? stated,
        decimal? computed,
        Cell? at,
        string defaultFix,
        Severity? severity = null,
        IReadOnlyDictionary<string, string>? values = null,
        Location? location = null,
        Location? related = null)
    {
        var message = Info.ErrorMessage is { } template ? Fill(template, stated, computed, at, values) : defaultMessage;
        return new Finding
        {
            RuleId = Info.Id,
            RuleSet = Info.RuleSet,
            Severity = severity ?? Info.Severity,
            Message = message,
            Stated = stated,
            Computed = computed,
            Location = location ?? (at is null ? new Location() : LocationOf(at)),
            Fix = Info.Fix ?? defaultFix,
            Related = related,
        };
    }

    public static Location LocationOf(Cell cell) => new()
    {
        Table = cell.Table.Title,
        Row = cell.RowLabel,
        Column = cell.ColumnLabel,
        Line = cell.Row.SourceLine ?? cell.Table.SourceLine,
        Document = cell.Origin is { } origin ? DocumentNames.Of(origin) : null,
        Cell = cell.Row.SourceCells?.GetValueOrDefault(cell.ColumnKey),
    };

    public static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "空白";

    /// <summary>Describes a cell for a message: 表名 行名 栏名.</summary>
    public static string Describe(Cell cell) => $"{cell.Table.Title}“{cell.RowLabel}”{cell.ColumnLabel}";

    private static string Fill(string template, decimal? stated, decimal? computed, Cell? at, IReadOnlyDictionary<string, string>? values)
    {
        var sb = new StringBuilder(template);
        sb.Replace("{stated}", Format(stated)).Replace("{computed}", Format(computed))
          .Replace("{difference}", Format(stated is { } s && computed is { } c ? s - c : null));
        if (at is not null)
        {
            sb.Replace("{table}", at.Table.Title).Replace("{row}", at.RowLabel).Replace("{column}", at.ColumnLabel);
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            sb.Replace("{" + name + "}", value);
        }

        return sb.ToString();
    }
}
