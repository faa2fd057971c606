namespace Compliance.Reports.Rendering;

/// <summary>
/// Holds the compiled templates: compiled once at start (an invalid template fails here, naming file and line), cached
/// by content hash, and recompiled on the next render after a file in the override folder changes. A change that
/// leaves every content hash equal (a touch, an editor's temp file) reuses the compiled set.
/// </summary>
internal sealed class TemplateCatalog : IDisposable
{
    private readonly string? folder;
    private readonly FileSystemWatcher? watcher;
    private readonly Lock gate = new();
    private volatile CompiledSet current;
    private volatile bool stale;

    public TemplateCatalog(string? overrideFolder)
    {
        folder = string.IsNullOrWhiteSpace(overrideFolder) ? null : Path.GetFullPath(overrideFolder);
        current = CompiledSet.Build(TemplateSources.Load(folder));
        if (folder is not null)
        {
            watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
            watcher.Changed += (_, _) => stale = true;
            watcher.Created += (_, _) => stale = true;
            watcher.Deleted += (_, _) => stale = true;
            watcher.Renamed += (_, _) => stale = true;
            watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>The compiled set, reloaded first if the folder changed. A reload that fails throws and keeps the folder marked changed.</summary>
    public CompiledSet Current
    {
        get
        {
            if (stale)
            {
                Reload();
            }

            return current;
        }
    }

    /// <summary>Re-reads the sources now; recompiles only if a content hash changed.</summary>
    public void Reload()
    {
        lock (gate)
        {
            stale = false;
            try
            {
                var sources = TemplateSources.Load(folder);
                if (CompiledSet.HashOf(sources) != current.Hash)
                {
                    current = CompiledSet.Build(sources);
                }
            }
            catch (TemplateLoadException)
            {
                // Keep reporting the error on every render until the file is fixed, rather than silently serving old templates.
                stale = true;
                throw;
            }
        }
    }

    public void Dispose() => watcher?.Dispose();
}
