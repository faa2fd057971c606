namespace Compliance.Documents.Tests;

/// <summary>Locates the repository root and the shared data folder beside it, from wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compliance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Compliance.sln not found above " + AppContext.BaseDirectory);
    }
}
