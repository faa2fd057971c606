using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Compliance.Service.Tests.Infrastructure;

namespace Compliance.Service.Tests.Postgres;

/// <summary>The service as a real process on its own port, configured through the environment like a production node.</summary>
internal sealed class ServiceNode : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServiceNode(string name, int port, Process process)
    {
        Name = name;
        Port = port;
        this.process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.BootstrapKey);
    }

    public string Name { get; }

    public int Port { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static Task<ServiceNode> StartAsync(string name, string postgres, string workDir, TimeSpan checkDelay) =>
        StartAsync(name, workDir, new Dictionary<string, string>
        {
            ["Storage__Postgres"] = postgres,
            ["Jobs__CheckDelay"] = checkDelay.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs__ClusterCheckinInterval"] = "00:00:01",
            ["Jobs__ClusterCheckinMisfireThreshold"] = "00:00:03",
        });

    /// <summary>Starts a node with the common test settings plus <paramref name="environment"/> (e.g. SQLite instead of PostgreSQL).</summary>
    public static async Task<ServiceNode> StartAsync(string name, string workDir, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [ServiceDll(), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Auth__BootstrapKey"] = ServiceFactory.BootstrapKey;
        start.Environment["Rules__Directory"] = RepoPaths.Rules;
        start.Environment["Jobs__NodeName"] = name;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var node = new ServiceNode(name, port, process);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Generous: on a loaded 2-core machine a cold .NET start has taken over a minute.
        await node.WaitHealthyAsync(TimeSpan.FromSeconds(180));
        return node;
    }

    /// <summary>Kills the node and everything it started, as a crash would.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(cts.Token);
        }

        process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} not healthy within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string ServiceDll()
    {
        // The build of src/Compliance.Service in the configuration the tests were built in; the copy beside the tests otherwise.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
        var built = Path.Combine(RepoPaths.Root, "src", "Compliance.Service", "bin", configuration, "net10.0", "Compliance.Service.dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "Compliance.Service.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
