using System.ComponentModel.DataAnnotations;

namespace Compliance.Service.Catalog;

/// <summary>The <c>Rules</c> section, shared with the CLI: the rule folder and parameter overrides.</summary>
internal sealed class RulesOptions
{
    public const string Section = "Rules";

    /// <summary>Rule folder, relative to the working folder; the catalogue shipped beside the binary when it does not exist.</summary>
    [Required]
    public string Directory { get; set; } = "rules";

    /// <summary><c>Rules:Parameters:&lt;set&gt;:&lt;name&gt;</c> overrides.</summary>
    public Dictionary<string, Dictionary<string, string>> Parameters { get; set; } = [];

    /// <summary>How long the folder must be quiet after a change before the sets are reloaded.</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(500);
}
