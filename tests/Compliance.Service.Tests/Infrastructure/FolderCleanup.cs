namespace Compliance.Service.Tests.Infrastructure;

/// <summary>Deletes a temporary folder at the end of a test.</summary>
internal sealed class FolderCleanup(string path) : IDisposable
{
    public void Dispose()
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Still held by a process being torn down; the OS cleans temporary folders.
        }
    }
}
