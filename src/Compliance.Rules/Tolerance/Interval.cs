namespace Compliance.Rules.Tolerance;

/// <summary>
/// The interval a printed figure stands for: a figure printed with d decimals means value ± ½·10⁻ᵈ
/// (round-to-nearest, as in XBRL Calculations 1.1). Two printed figures disagree only when their
/// intervals do not overlap.
/// </summary>
internal readonly record struct Interval(decimal Low, decimal High)
{
    public static readonly Interval Zero = new(0m, 0m);

    // ½·10⁻ᵈ for every scale a decimal can have (0–28): a decimal division per printed figure was a hot spot.
    private static readonly decimal[] HalfUnits = [.. Enumerable.Range(0, 29).Select(d => 0.5m / Pow10(d))];

    /// <summary>The interval of a printed figure; its precision is the decimal's scale.</summary>
    public static Interval Printed(decimal value)
    {
        var half = HalfUnit(value.Scale);
        return new Interval(value - half, value + half);
    }

    /// <summary>A blank cell contributes nothing to a sum: exactly zero.</summary>
    public static Interval PrintedOrBlank(decimal? value) => value is { } v ? Printed(v) : Zero;

    public static decimal HalfUnit(int scale) => HalfUnits[scale];

    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);

    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    public Interval Widen(decimal slack) => new(Low - slack, High + slack);

    public bool Overlaps(Interval other) => Low <= other.High && other.Low <= High;

    public bool Contains(decimal value) => Low <= value && value <= High;

    /// <summary>part / whole × 100 as an interval, or null when the whole may be zero (a share of nothing is undefined).</summary>
    public static Interval? Percent(Interval part, Interval whole)
    {
        if (whole.Low <= 0m && whole.High >= 0m)
        {
            return null;
        }

        var (a, b, c, d) = (part.Low / whole.Low, part.Low / whole.High, part.High / whole.Low, part.High / whole.High);
        return new Interval(Math.Min(Math.Min(a, b), Math.Min(c, d)) * 100m, Math.Max(Math.Max(a, b), Math.Max(c, d)) * 100m);
    }

    /// <summary>Two printings of one quantity agree when both round to the same figure at the coarser precision (35.7 = 35.70).</summary>
    public static bool SameAtCoarserPrecision(decimal a, decimal b)
    {
        var scale = Math.Min(a.Scale, b.Scale);
        return Math.Round(a, scale, MidpointRounding.AwayFromZero) == Math.Round(b, scale, MidpointRounding.AwayFromZero);
    }

    private static decimal Pow10(int scale)
    {
        var p = 1m;
        for (var i = 0; i < scale; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
