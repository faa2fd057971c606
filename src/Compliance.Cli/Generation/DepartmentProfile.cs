using Bogus;

namespace Compliance.Cli.Generation;

/// <summary>
/// Who publishes a synthetic document: region, department kind, fiscal year, head counts and vehicles.
/// Drawn from the document index alone, so the budget and the final accounts of one index describe the
/// same department in the same year.
/// </summary>
internal sealed record DepartmentProfile(
    Region Region,
    DepartmentTemplate Template,
    int Year,
    int AuthorizedStaff,
    int ActualStaff,
    int Retired,
    int Vehicles)
{
    public const int FirstYear = 2019;
    public const int LastYear = 2025;

    public string Name => Region.Name + Template.Name;

    public string Slug => Region.Slug + "-" + Template.Slug;

    public static DepartmentProfile Draw(Randomizer random)
    {
        var region = random.ListItem(Regions.All.ToList());
        var template = random.ListItem(DepartmentTemplates.All.ToList());
        var year = random.Number(FirstYear, LastYear);

        // Mostly small units (a district 中心 has around ten people), a few large bureaus.
        var authorized = random.Bool(0.8f) ? random.Number(8, 60) : random.Number(61, 240);
        var actual = authorized - random.Number(0, authorized / 6);
        var retired = random.Bool(0.3f) ? 0 : random.Number(1, Math.Max(1, actual / 3));
        var vehicles = random.Bool(0.35f) ? 0 : random.Number(1, Math.Max(1, actual / 12));
        return new DepartmentProfile(region, template, year, authorized, actual, retired, vehicles);
    }
}
