using System.Globalization;

namespace Compliance.Cli.Soak;

/// <summary>One reading of a process: resident memory, open handles (file descriptors) and threads, from /proc.</summary>
internal sealed record ProcessSample(TimeSpan At, decimal RssMb, int Handles, int Threads);

/// <summary>Reads /proc/PID of the service under soak (Linux); without a pid or /proc it reads nothing.</summary>
internal sealed class ProcessGauge(int? pid)
{
    public ProcessSample? Read(TimeSpan at)
    {
        if (pid is not { } id || !Directory.Exists($"/proc/{id}"))
        {
            return null;
        }

        try
        {
            var status = File.ReadAllLines($"/proc/{id}/status");
            var rssKb = Field(status, "VmRSS:");
            var threads = Field(status, "Threads:");
            var handles = Directory.GetFileSystemEntries($"/proc/{id}/fd").Length;
            return new ProcessSample(at, Math.Round(rssKb / 1024m, 1), handles, (int)threads);
        }
        catch (IOException)
        {
            // The process ended between the existence check and the read.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Field(string[] status, string name)
    {
        var line = status.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        var number = line?[name.Length..].Trim().Split(' ')[0];
        return long.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
