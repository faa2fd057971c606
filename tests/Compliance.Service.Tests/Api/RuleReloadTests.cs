using Compliance.Service.Catalog;
using Compliance.Service.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Compliance.Service.Tests.Api;

public sealed class RuleReloadTests
{
    [Fact]
    public async Task RulesFolder_Edited_ReloadsAndABrokenFileKeepsThePreviousSets()
    {
        var rules = Directory.CreateTempSubdirectory("compliance-rules-").FullName;
        using var cleanup = new FolderCleanup(rules);
        var file = Path.Combine(rules, "totals.yaml");
        File.Copy(Path.Combine(RepoPaths.Rules, "totals.yaml"), file);
        using var factory = new ServiceFactory(extra: new Dictionary<string, string?> { ["Rules:Directory"] = rules, ["Rules:ReloadDebounce"] = "00:00:00.200" });
        using var client = factory.Bureau();
        var catalog = factory.Services.GetRequiredService<RuleCatalog>();
        var original = catalog.Current.Key;

        await File.AppendAllTextAsync(file, "\n# edited\n");
        var edited = await WaitForChangeAsync(catalog, original);
        await File.WriteAllTextAsync(file, "WorkflowName: totals\nRules: [ { RuleName: x, Kind: nonsense } ]\n");
        await Task.Delay(1500);

        Assert.NotEqual(original, edited);
        Assert.Equal(edited, catalog.Current.Key);
    }

    private static async Task<string> WaitForChangeAsync(RuleCatalog catalog, string from)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (catalog.Current.Key == from)
        {
            Assert.True(DateTime.UtcNow < deadline, "rule folder change not picked up");
            await Task.Delay(100);
        }

        return catalog.Current.Key;
    }
}
