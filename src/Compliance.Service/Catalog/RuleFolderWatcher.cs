using Microsoft.Extensions.Options;

namespace Compliance.Service.Catalog;

/// <summary>
/// Watches the rule folder and reloads the catalogue once the folder has been quiet for the debounce
/// interval, because editors save a file in several writes.
/// </summary>
internal sealed class RuleFolderWatcher(RuleCatalog catalog, IOptions<RulesOptions> options, TimeProvider clock) : IHostedService, IDisposable
{
    private FileSystemWatcher? watcher;
    private ITimer? timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        timer = clock.CreateTimer(_ => catalog.Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        watcher = new FileSystemWatcher(catalog.Directory) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        watcher.Changed += (_, _) => Poke();
        watcher.Created += (_, _) => Poke();
        watcher.Deleted += (_, _) => Poke();
        watcher.Renamed += (_, _) => Poke();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        watcher?.Dispose();
        watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        timer?.Dispose();
    }

    private void Poke() => timer?.Change(options.Value.ReloadDebounce, Timeout.InfiniteTimeSpan);
}
