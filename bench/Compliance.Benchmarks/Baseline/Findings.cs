using System.Globalization;
using Compliance.Rules.Tolerance;

namespace Compliance.Benchmarks.Baseline;

/// <summary>What the baseline reports: the rule and a message with the figures, as the engine's findings carry.</summary>
internal sealed record BaselineFinding(string RuleId, string Message);

/// <summary>The comparisons every hand-written check shares, on printed intervals like the engine's.</summary>
internal sealed class Findings : List<BaselineFinding>
{
    public void Report(string rule, string message) => Add(new BaselineFinding(rule, message));

    public static string F(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "空白";

    /// <summary>A total against its parts; each part is one operand (present or not).</summary>
    public void Sum(string rule, Figure total, params Figure[] parts)
    {
        if (!total.Present)
        {
            return;
        }

        var sum = Interval.Zero;
        var any = false;
        var allBlankOrZero = true;
        decimal computed = 0m;
        foreach (var p in parts)
        {
            if (p.Present)
            {
                any = true;
                allBlankOrZero &= p.Value is null or 0m;
                sum += p.Interval;
                computed += p.Value ?? 0m;
            }
        }

        if (!any || (total.Value is null && allBlankOrZero) || total.Interval.Overlaps(sum))
        {
            return;
        }

        Report(rule, $"{F(total.Value)} ≠ {F(computed)}（差 {F((total.Value ?? 0m) - computed)}）");
    }

    /// <summary>The same figure printed twice; a difference within printing precision is a minor finding.</summary>
    public void Equal(string rule, Figure a, Figure b)
    {
        if (!a.Present || !b.Present || (a.Value ?? 0m) == (b.Value ?? 0m))
        {
            return;
        }

        if (!a.Interval.Overlaps(b.Interval))
        {
            Report(rule, $"{F(a.Value)} 与 {F(b.Value)} 不一致");
        }
        else if (a.Value is { } av && b.Value is { } bv && !Interval.SameAtCoarserPrecision(av, bv))
        {
            Report(rule, $"{F(av)} 与 {F(bv)} 尾数不一致");
        }
    }

    public static bool Agrees(decimal? stated, decimal? exact) => stated is { } s && exact is { } e && Interval.Printed(s).Contains(e);

    public static bool ShareAgrees(decimal? stated, decimal? part, decimal? whole) =>
        stated is { } s && part is { } p && whole is { } w
        && Interval.Percent(Interval.Printed(p), Interval.Printed(w)) is { } range && range.Overlaps(Interval.Printed(s));

    public static decimal? Divide(decimal? a, decimal? b) => a is null || b is null || b == 0m ? null : a / b;

    public static decimal? Min(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
