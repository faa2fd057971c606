using System.Globalization;
using System.Text.RegularExpressions;

namespace Compliance.Service.Reports;

/// <summary>An ISO 8601 week such as <c>2025-W03</c>, Monday to Monday in Beijing time.</summary>
internal readonly partial record struct IsoWeek(int Year, int Week)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    public static bool TryParse(string text, out IsoWeek week)
    {
        week = default;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < 1990 or > 2100 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    /// <summary>The week containing an instant, read in the given time zone.</summary>
    public static IsoWeek Containing(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        return new IsoWeek(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));
    }

    /// <summary>Start (Monday 00:00) of the week in the zone, as an instant.</summary>
    public DateTimeOffset Start(TimeZoneInfo zone)
    {
        var monday = ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday);
        return new DateTimeOffset(monday, zone.GetUtcOffset(monday));
    }

    public IsoWeek Previous()
    {
        var monday = ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday).AddDays(-7);
        return new IsoWeek(ISOWeek.GetYear(monday), ISOWeek.GetWeekOfYear(monday));
    }

    public IsoWeek Next()
    {
        var monday = ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday).AddDays(7);
        return new IsoWeek(ISOWeek.GetYear(monday), ISOWeek.GetWeekOfYear(monday));
    }

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex Pattern();
}
