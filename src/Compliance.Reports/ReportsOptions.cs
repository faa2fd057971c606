using System.Globalization;

namespace Compliance.Reports;

/// <summary>Report settings, bound by the service from the <c>Reports</c> section of appsettings.json.</summary>
public sealed class ReportsOptions
{
    /// <summary>The configuration section the service binds.</summary>
    public const string Section = "Reports";

    /// <summary>Culture of labels and dates: <c>zh-CN</c> (default) or <c>en</c>. Never the machine's culture.</summary>
    public string Culture { get; set; } = "zh-CN";

    /// <summary>
    /// A folder whose <c>*.hbs</c> / <c>labels.*.json</c> files replace the embedded defaults of the same name;
    /// null or empty uses the defaults only. Users edit copies there, not the code.
    /// </summary>
    public string? TemplateFolder { get; set; }

    /// <summary>The configured culture, checked against the cultures reports are written in.</summary>
    public CultureInfo ResolveCulture() => ReportCultures.Resolve(Culture);
}

/// <summary>The cultures reports are written in.</summary>
public static class ReportCultures
{
    /// <summary>Chinese (the default).</summary>
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>English.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>Maps a name (<c>zh-CN</c>, <c>zh</c>, <c>en</c>, <c>en-US</c>…) to a report culture.</summary>
    /// <exception cref="ArgumentException">The name is neither Chinese nor English.</exception>
    public static CultureInfo Resolve(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        null or "" or "ZH" or "ZH-CN" or "ZH-HANS" => Chinese,
        "EN" or "EN-US" or "EN-GB" => English,
        _ => throw new ArgumentException($"报告语言只能是 zh-CN 或 en，得到“{name}”。", nameof(name)),
    };

    /// <summary>The label-table key of a culture: <c>zh-CN</c> or <c>en</c>.</summary>
    internal static string Key(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? "en" : "zh-CN";
}
