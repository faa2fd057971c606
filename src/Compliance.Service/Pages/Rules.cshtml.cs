using Compliance.Service.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages;

/// <summary>The rule sets in force, and what a reload of the folder as it is now would refuse.</summary>
internal sealed class RulesModel(RuleCatalog catalog) : PageModel
{
    public RuleSnapshot Snapshot { get; private set; } = null!;

    public string Directory => catalog.Directory;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
        Snapshot = catalog.Current;
        Errors = catalog.Validate();
    }
}
