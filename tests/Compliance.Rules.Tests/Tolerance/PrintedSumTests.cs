using System.Globalization;
using Compliance.Rules.Tolerance;

namespace Compliance.Rules.Tests.Tolerance;

/// <summary>A running sum of printed figures stands for the same interval as the figures' intervals added up.</summary>
public sealed class PrintedSumTests
{
    [Theory]
    [InlineData("458.51 458.52", "917.02", "0")]
    [InlineData("458.51 458.52", "917.04", "0")]
    [InlineData("458.51 458.52", "917.04", "0.01")]
    [InlineData("458.51 458.52", "917.10", "0")]
    [InlineData("458.51 458.52", "917.10", "0.05")]
    [InlineData("458.51 458.52", "917.10", "0.06")]
    [InlineData("35.7 0.04", "35.75", "0")]
    [InlineData("35.7 0.04", "35.79", "0")]
    [InlineData("36 -1.5", "34.4", "0")]
    [InlineData("0.00", "0.01", "0")]
    [InlineData("1.006 2", "3.5", "0")]
    public void Overlap_SameAsAddedIntervalsWidenedBySlack(string parts, string stated, string slack)
    {
        var sum = default(PrintedSum);
        var intervals = Interval.Zero;
        foreach (var part in parts.Split(' ').Select(D))
        {
            sum.Add(part);
            intervals += Interval.Printed(part);
        }

        var total = default(PrintedSum);
        total.Add(D(stated));

        Assert.Equal(intervals, sum.Interval);
        Assert.Equal(Interval.Printed(D(stated)).Widen(D(slack)).Overlaps(intervals), PrintedSum.Overlap(total, sum, D(slack)));
    }

    private static decimal D(string s) => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);
}
