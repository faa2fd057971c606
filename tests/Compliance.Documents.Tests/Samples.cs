namespace Compliance.Documents.Tests;

/// <summary>Locates ../shared next to the repository (found by walking up to Compliance.sln).</summary>
internal static class Samples
{
    public static string Shared { get; } = FindShared();

    public static DisclosureReadResult Read(string relative)
    {
        var path = Path.Combine(Shared, relative);
        return DocumentLoader.LoadWithStatistics(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    public static DisclosureReadResult Text(string text, string name = "sample.txt") => DisclosureTextReader.Read(text, name);

    private static string FindShared()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compliance.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new InvalidOperationException("Compliance.sln not found above the test directory.") : Path.Combine(dir.FullName, "..", "shared");
    }
}
