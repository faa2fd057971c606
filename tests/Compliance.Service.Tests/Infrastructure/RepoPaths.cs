namespace Compliance.Service.Tests.Infrastructure;

/// <summary>Finds the repository root from the test binary, for the rule folder and the service build.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The tests' own rule folder (copied beside the test binary), independent of edits to the shipped catalogue.</summary>
    public static string Rules => Path.Combine(AppContext.BaseDirectory, "Rules");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compliance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Compliance.sln not found above " + AppContext.BaseDirectory);
    }
}
