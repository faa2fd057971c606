namespace Compliance.Rules.Tolerance;

/// <summary>
/// A running sum of printed figures kept as their exact sum and the sum of their half-units: its
/// <see cref="Interval"/> is the sum of the figures' intervals, at two decimal additions per figure instead of four.
/// Sums of figures and of the checks' half-units are exact in <c>decimal</c>, so the interval is the same.
/// </summary>
internal struct PrintedSum
{
    private decimal value;
    private decimal half;

    public void Add(decimal printed)
    {
        value += printed;
        half += Interval.HalfUnit(printed.Scale);
    }

    public readonly Interval Interval => new(value - half, value + half);

    /// <summary>
    /// Whether the intervals of two sums, the first widened by <paramref name="slack"/>, overlap: the same as
    /// <c>a.Interval.Widen(slack).Overlaps(b.Interval)</c>, as |a − b| ≤ both half-widths and the slack, in three
    /// decimal operations instead of eight.
    /// </summary>
    public static bool Overlap(in PrintedSum a, in PrintedSum b, decimal slack)
    {
        var reach = a.half + b.half;
        return Math.Abs(a.value - b.value) <= (slack == 0m ? reach : reach + slack);
    }
}
