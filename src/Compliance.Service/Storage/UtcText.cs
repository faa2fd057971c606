using System.Globalization;

namespace Compliance.Service.Storage;

/// <summary>
/// Timestamps are stored as fixed-width UTC text in both dialects, so they compare and sort as strings
/// and the same SQL serves SQLite and PostgreSQL.
/// </summary>
internal static class UtcText
{
    private const string Format_ = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(Format_, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Format_, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
