using Compliance.Documents.Model;
using Compliance.Rules.References;

namespace Compliance.Rules.Expressions;

/// <summary>
/// The functions an expression may call. This class is the whole of what is reachable at run time
/// besides the document model's allow-listed members.
/// </summary>
internal static class Builtins
{
    public static decimal? Divide(decimal? a, decimal? b) => a is null || b is null || b == 0m ? null : a / b;

    public static decimal? Modulo(decimal? a, decimal? b) => a is null || b is null || b == 0m ? null : a % b;

    public static decimal? Abs(decimal? a) => a is { } v ? Math.Abs(v) : null;

    public static decimal? Round(decimal? a, decimal? digits) =>
        a is { } v && digits is { } d ? Math.Round(v, (int)Math.Clamp(d, 0m, 10m), MidpointRounding.AwayFromZero) : null;

    public static decimal? Floor(decimal? a) => a is { } v ? Math.Floor(v) : null;

    public static decimal? Ceiling(decimal? a) => a is { } v ? Math.Ceiling(v) : null;

    public static decimal? Min(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    public static decimal? Max(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    public static bool Contains(string? text, string? part) => text is not null && part is not null && text.Contains(part, StringComparison.Ordinal);

    public static bool StartsWith(string? text, string? part) => text is not null && part is not null && text.StartsWith(part, StringComparison.Ordinal);

    public static decimal? Length(string? text) => text?.Length;

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// The same text as two documents print it: full-width forms, spacing and the variant signs ≦ ≧ do not count
    /// ("≦2小时" and "≤2 小时", "指标 1：满意度" and "指标1:满意度" are the same). Two blanks are the same.
    /// </summary>
    public static bool SameText(string? a, string? b) => string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);

    private static string Canonical(string? text)
    {
        var s = (text ?? "").Normalize(System.Text.NormalizationForm.FormKC).Replace('≦', '≤').Replace('≧', '≥');
        return string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
    }

    /// <summary>A stated figure agrees with an exact value when the value lies within the stated figure's printed interval.</summary>
    public static bool Agrees(decimal? stated, decimal? exact) =>
        stated is { } s && exact is { } e && Tolerance.Interval.Printed(s).Contains(e);

    /// <summary>A stated percentage agrees with part / whole × 100 when the intervals of all three printed figures allow it.</summary>
    public static bool ShareAgrees(decimal? stated, decimal? part, decimal? whole) =>
        stated is { } s && part is { } p && whole is { } w
        && Tolerance.Interval.Percent(Tolerance.Interval.Printed(p), Tolerance.Interval.Printed(w)) is { } range
        && range.Overlaps(Tolerance.Interval.Printed(s));

    /// <summary>A stated total agrees with its parts when the printed intervals overlap; blank parts count as nothing.</summary>
    public static bool SumAgrees(decimal? total, decimal?[] parts)
    {
        var sum = parts.Aggregate(Tolerance.Interval.Zero, (acc, p) => acc + Tolerance.Interval.PrintedOrBlank(p));
        return Tolerance.Interval.PrintedOrBlank(total).Overlaps(sum);
    }

    /// <summary>Whether a target or actual as printed carries a number ("≥95%", "12 个").</summary>
    public static bool Quantified(string? text) => TargetValue.Parse(text) is not null;

    /// <summary>Whether an actual meets its target; false when either is not quantified.</summary>
    public static bool Meets(string? target, string? actual) =>
        TargetValue.Parse(target) is { } t && TargetValue.Parse(actual) is { } a && t.IsMetBy(a);

    /// <summary>Sum of the referenced cells; null when every one is blank or the table is absent.</summary>
    public static decimal? RefValue(EvaluationContext ctx, CellRef reference)
    {
        decimal? total = null;
        var cells = reference.Select(ctx);
        for (var i = 0; i < cells.Count; i++)
        {
            ctx.Step();
            if (cells.ValueAt(i) is { } v)
            {
                total = (total ?? 0m) + v;
            }
        }

        return total;
    }

    public static bool Exists(EvaluationContext ctx, string? role, string tableId) => Of(ctx, role).Table(tableId) is { Rows.Count: > 0 };

    public static bool Present(EvaluationContext ctx, string? role, string tableId) =>
        Of(ctx, role).Table(tableId) is { } t && (t.Rows.Count > 0 || t.StatedEmpty);

    public static IEnumerable<Row> Rows(EvaluationContext ctx, string? role, string tableId) => Of(ctx, role).Table(tableId)?.Rows ?? [];

    private static Document Of(EvaluationContext ctx, string? role) => role is null ? ctx.Document : ctx.For(role);

    public static decimal? FactValue(EvaluationContext ctx, string key) => ctx.Document.Fact(key)?.Value;

    public static decimal? Sum<T>(EvaluationContext ctx, IEnumerable<T> items, Func<EvaluationContext, T, decimal?> selector)
    {
        decimal? total = null;
        foreach (var item in items)
        {
            ctx.Step();
            if (selector(ctx, item) is { } v)
            {
                total = (total ?? 0m) + v;
            }
        }

        return total;
    }

    public static decimal? First<T>(EvaluationContext ctx, IEnumerable<T> items, Func<EvaluationContext, T, decimal?> selector)
    {
        foreach (var item in items)
        {
            ctx.Step();
            return selector(ctx, item);
        }

        return null;
    }

    public static decimal? Count<T>(EvaluationContext ctx, IEnumerable<T> items, Func<EvaluationContext, T, bool>? predicate)
    {
        var n = 0m;
        foreach (var item in items)
        {
            ctx.Step();
            if (predicate is null || predicate(ctx, item))
            {
                n++;
            }
        }

        return n;
    }

    public static bool Any<T>(EvaluationContext ctx, IEnumerable<T> items, Func<EvaluationContext, T, bool>? predicate)
    {
        foreach (var item in items)
        {
            ctx.Step();
            if (predicate is null || predicate(ctx, item))
            {
                return true;
            }
        }

        return false;
    }

    public static bool All<T>(EvaluationContext ctx, IEnumerable<T> items, Func<EvaluationContext, T, bool> predicate)
    {
        foreach (var item in items)
        {
            ctx.Step();
            if (!predicate(ctx, item))
            {
                return false;
            }
        }

        return true;
    }

    public static IEnumerable<T> Where<T>(EvaluationContext ctx, IEnumerable<T> items, Func<EvaluationContext, T, bool> predicate)
    {
        var kept = new List<T>();
        foreach (var item in items)
        {
            ctx.Step();
            if (predicate(ctx, item))
            {
                kept.Add(item);
            }
        }

        return kept;
    }
}
