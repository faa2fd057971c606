namespace Compliance.Service.Catalog;

internal static class CatalogExtensions
{
    public static IServiceCollection AddRuleCatalog(this IServiceCollection services)
    {
        services.AddOptions<RulesOptions>().BindConfiguration(RulesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RuleCatalog>();
        services.AddHostedService<RuleFolderWatcher>();
        return services;
    }
}
