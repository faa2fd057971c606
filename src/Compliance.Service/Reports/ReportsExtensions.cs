using Compliance.Reports;
using Microsoft.Extensions.Options;

namespace Compliance.Service.Reports;

internal static class ReportsExtensions
{
    /// <summary>
    /// Registers the report renderer (one per process: it compiles every template once) and the weekly report parts.
    /// A bad culture, a missing template folder or an invalid template stops the start, not the first report request.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>()
            .BindConfiguration(ReportsOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportsOptions>, ReportsOptionsValidator>();
        services.AddSingleton(sp => new ReportRenderer(sp.GetRequiredService<IOptions<ReportsOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DigestSource>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<WeeklyReports>();
        return services;
    }

    /// <summary>Parses a <c>format</c> query value; json when absent.</summary>
    public static bool TryParseFormat(string? name, out ReportFormat format)
    {
        try
        {
            format = ReportRenderer.ParseFormat(string.IsNullOrEmpty(name) ? "json" : name);
            return true;
        }
        catch (ArgumentException)
        {
            format = default;
            return false;
        }
    }

    public static IResult BadFormat(string? name) =>
        Results.Problem(statusCode: 400, title: "报告格式无效", detail: $"format 只能是 html、md 或 json，得到“{name}”。");
}

/// <summary>Checks the settings by loading the templates they name, so the error (file:line) is reported at start.</summary>
internal sealed class ReportsOptionsValidator : IValidateOptions<ReportsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportsOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.TemplateFolder) && !Directory.Exists(options.TemplateFolder))
        {
            return ValidateOptionsResult.Fail($"Reports:TemplateFolder “{options.TemplateFolder}” 不存在。");
        }

        try
        {
            using var probe = new ReportRenderer(options, TimeProvider.System);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is ArgumentException or TemplateLoadException)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
    }
}
