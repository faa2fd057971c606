using Compliance.Rules.Tolerance;

namespace Compliance.Rules.Tests.Tolerance;

/// <summary>A figure printed with d decimals stands for value ± ½·10⁻ᵈ.</summary>
public class IntervalTests
{
    [Theory]
    [InlineData("917.02", "917.015", "917.025")]
    [InlineData("35.7", "35.65", "35.75")]
    [InlineData("36", "35.5", "36.5")]
    [InlineData("0.00", "-0.005", "0.005")]
    public void Printed_FigureWithDDecimals_IsHalfUnitEitherSide(string printed, string low, string high)
    {
        var interval = Interval.Printed(D(printed));

        Assert.Equal(D(low), interval.Low);
        Assert.Equal(D(high), interval.High);
    }

    [Fact]
    public void PrintedOrBlank_Blank_IsExactlyZero()
    {
        Assert.Equal(Interval.Zero, Interval.PrintedOrBlank(null));
    }

    [Fact]
    public void Add_PartsRoundedLegitimately_OverlapTheTotal()
    {
        var parts = Interval.Printed(458.51m) + Interval.Printed(458.52m);

        Assert.True(Interval.Printed(917.02m).Overlaps(parts));
    }

    [Fact]
    public void Add_PartsTooFarFromTotal_DoNotOverlap()
    {
        var parts = Interval.Printed(458.52m) + Interval.Printed(458.53m);

        Assert.False(Interval.Printed(917.02m).Overlaps(parts));
    }

    [Fact]
    public void Subtract_WidensByBothHalfUnits()
    {
        var delta = Interval.Printed(10.0m) - Interval.Printed(4.00m);

        Assert.Equal(5.945m, delta.Low);
        Assert.Equal(6.055m, delta.High);
    }

    [Fact]
    public void Percent_ShareAtPrintedPrecision_ContainsTheTrueRatio()
    {
        var range = Interval.Percent(Interval.Printed(344.89m), Interval.Printed(917.02m))!.Value;

        Assert.True(range.Contains(344.89m / 917.02m * 100m));
        Assert.True(range.Overlaps(Interval.Printed(37.61m)));
        Assert.False(range.Overlaps(Interval.Printed(37.16m)));
    }

    [Fact]
    public void Percent_WholeThatMayBeZero_IsUndefined()
    {
        Assert.Null(Interval.Percent(Interval.Printed(1.00m), Interval.Printed(0.00m)));
        Assert.Null(Interval.Percent(Interval.Printed(1.00m), Interval.Zero));
    }

    [Fact]
    public void Widen_BySlack_ExtendsBothEnds()
    {
        var widened = Interval.Printed(1.0m).Widen(0.1m);

        Assert.Equal(0.85m, widened.Low);
        Assert.Equal(1.15m, widened.High);
    }

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
