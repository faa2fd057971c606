namespace Compliance.Reports.Tests;

/// <summary>
/// Compares rendered output with a file in Golden/ exactly (line endings normalised). With UPDATE_GOLDEN=1 the file is
/// rewritten instead, in the source tree, so a deliberate template change is one test run plus a review of the diff.
/// </summary>
internal static class Golden
{
    public static string Folder { get; } = Path.Combine(FindRoot(), "tests", "Compliance.Reports.Tests", "Golden");

    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        var normalised = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, normalised);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing: run the tests once with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), normalised);
    }

    public static string FindRoot()
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
