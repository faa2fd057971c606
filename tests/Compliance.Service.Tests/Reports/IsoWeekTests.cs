using Compliance.Service.Reports;

namespace Compliance.Service.Tests.Reports;

public sealed class IsoWeekTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Start_IsMondayMidnightBeijingTime()
    {
        Assert.True(IsoWeek.TryParse("2025-W03", out var week));

        Assert.Equal(new DateTimeOffset(2025, 1, 12, 16, 0, 0, TimeSpan.Zero), week.Start(Shanghai));
        Assert.Equal(new DateTimeOffset(2025, 1, 19, 16, 0, 0, TimeSpan.Zero), week.Next().Start(Shanghai));
    }

    [Theory]
    [InlineData("2020-W53", true)]
    [InlineData("2021-W53", false)]
    [InlineData("2025-W00", false)]
    [InlineData("2025-3", false)]
    public void TryParse_AcceptsOnlyWeeksThatExist(string text, bool valid)
    {
        Assert.Equal(valid, IsoWeek.TryParse(text, out _));
    }

    [Fact]
    public void Containing_SundayEveningUtc_IsAlreadyNextWeekInBeijing()
    {
        // 2025-01-19 17:00 UTC is Monday 01:00 in Beijing: week 4, whose previous week is week 3.
        var week = IsoWeek.Containing(new DateTimeOffset(2025, 1, 19, 17, 0, 0, TimeSpan.Zero), Shanghai);

        Assert.Equal("2025-W04", week.ToString());
        Assert.Equal("2025-W03", week.Previous().ToString());
    }

    [Fact]
    public void Previous_AcrossYearEnd_GoesToLastWeekOfPreviousIsoYear()
    {
        Assert.True(IsoWeek.TryParse("2021-W01", out var week));

        Assert.Equal("2020-W53", week.Previous().ToString());
    }
}
