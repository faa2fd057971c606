using System.Security.Cryptography;
using System.Text;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Microsoft.Extensions.Options;

namespace Compliance.Service.Catalog;

/// <summary>The compiled rule sets in force and the key that identifies their versions together.</summary>
/// <param name="Sets">Compiled sets, sorted by file name.</param>
/// <param name="Key">SHA-256 over every set's name and version: a check is stored once per (run, submission, key).</param>
internal sealed record RuleSnapshot(IReadOnlyList<RuleSet> Sets, string Key)
{
    public static RuleSnapshot Of(IReadOnlyList<RuleSet> sets)
    {
        var text = string.Join('\n', sets.Select(s => $"{s.Name}={s.Version}"));
        return new RuleSnapshot(sets, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }
}

/// <summary>
/// Loads the rule sets once and swaps in a new snapshot when the folder changes. A reload that fails
/// keeps the previous sets, so a half-edited file never stops the checks.
/// </summary>
internal sealed class RuleCatalog
{
    private readonly IOptions<RulesOptions> options;
    private readonly ILogger<RuleCatalog> logger;
    private readonly Lock reloadLock = new();
    private volatile RuleSnapshot current;

    public RuleCatalog(IOptions<RulesOptions> options, IHostEnvironment environment, ILogger<RuleCatalog> logger)
    {
        this.options = options;
        this.logger = logger;
        Directory = Resolve(options.Value.Directory, environment.ContentRootPath);
        // The first load has nothing to fall back to: a broken catalogue stops the start with its errors.
        current = Load();
        logger.RulesLoaded(current.Sets.Count, Directory, current.Key);
    }

    public string Directory { get; }

    public RuleSnapshot Current => current;

    /// <summary>Reloads the folder; returns false and keeps the previous sets when any file fails to load.</summary>
    public bool Reload()
    {
        lock (reloadLock)
        {
            try
            {
                var next = Load();
                if (next.Key != current.Key)
                {
                    current = next;
                    logger.RulesLoaded(next.Sets.Count, Directory, next.Key);
                }

                return true;
            }
            catch (RuleSetLoadException ex)
            {
                logger.RulesReloadFailed(current.Key, string.Join('\n', ex.Errors));
                return false;
            }
        }
    }

    /// <summary>Loads the folder as it is now without swapping it in: the problems a reload would refuse, or none.</summary>
    public IReadOnlyList<string> Validate()
    {
        try
        {
            _ = Load();
            return [];
        }
        catch (RuleSetLoadException ex)
        {
            return ex.Errors;
        }
    }

    private RuleSnapshot Load()
    {
        var overrides = options.Value.Parameters.ToDictionary(
            p => p.Key,
            p => (IReadOnlyDictionary<string, string>)p.Value,
            StringComparer.Ordinal);
        return RuleSnapshot.Of(RuleSetLoader.LoadDirectory(Directory, overrides));
    }

    private static string Resolve(string directory, string contentRoot)
    {
        var local = Path.GetFullPath(directory, contentRoot);
        return System.IO.Directory.Exists(local) || Path.IsPathRooted(directory)
            ? local
            : Path.Combine(AppContext.BaseDirectory, "rules");
    }
}
