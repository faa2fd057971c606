using System.Globalization;
using System.Text.RegularExpressions;

namespace Compliance.Reports.Digest;

/// <summary>
/// An ISO 8601 week such as <c>2026-W01</c> (Monday to Monday; week 1 holds the year's first Thursday, so
/// 2026-W01 starts on 2025-12-29). Boundaries are read in Beijing time (UTC+8, no daylight saving).
/// </summary>
public readonly partial record struct IsoWeek(int Year, int Week)
{
    /// <summary>Beijing time. A fixed offset because China has no daylight saving and the host may lack tz data.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Monday 00:00 Beijing time, the first instant of the week.</summary>
    public DateTimeOffset Start => new(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday), Offset);

    /// <summary>The first instant after the week.</summary>
    public DateTimeOffset End => Start.AddDays(7);

    /// <summary>The week before.</summary>
    public IsoWeek Previous => Containing(Start.AddDays(-7));

    /// <summary><c>yyyy-Www</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    /// <summary>The week holding an instant, in Beijing time.</summary>
    public static IsoWeek Containing(DateTimeOffset instant)
    {
        var local = instant.ToOffset(Offset).DateTime;
        return new IsoWeek(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));
    }

    /// <summary>Parses <c>yyyy-Www</c>.</summary>
    /// <exception cref="FormatException">Not a week, or a week the year does not have.</exception>
    public static IsoWeek Parse(string text)
    {
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
        {
            throw new FormatException($"周次“{text}”应写作 yyyy-Www，例如 2026-W01。");
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var week = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < 1990 or > 2100 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new FormatException($"{year} 年没有第 {week} 周。");
        }

        return new IsoWeek(year, week);
    }

    /// <summary>Whether an instant falls in the week.</summary>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex Pattern();
}
