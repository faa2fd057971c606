using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Compliance.Service.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Compliance.Service.Tests.Api;

/// <summary>API keys — valid, wrong, created or revoked — never reach the log, at any level.</summary>
public sealed class KeyLoggingTests
{
    [Fact]
    public async Task Keys_UsedCreatedRevokedOrWrong_NeverAppearInLogs()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = new ServiceFactory(
            extra: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft"] = "Trace" },
            services: s => s.AddSingleton<ILoggerProvider>(capture));
        using var bureau = factory.Bureau();
        using var created = await bureau.PostAsJsonAsync("/api/keys", new { role = "department:A01", name = "a01" });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = body.GetProperty("key").GetString()!;
        const string wrong = "ck_wrong-key-that-must-not-be-logged";

        using (var department = factory.CreateClient(key))
        {
            var id = await department.UploadIdAsync(TestDocuments.Json());
            await department.WaitForFindingsAsync(id);
        }

        using (var bearer = factory.CreateClient())
        {
            bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            (await bearer.GetAsync(new Uri("/api/submissions", UriKind.Relative))).Dispose();
        }

        using (var bad = factory.CreateClient(wrong))
        {
            (await bad.GetAsync(new Uri("/api/submissions", UriKind.Relative))).Dispose();
        }

        (await bureau.DeleteAsync(new Uri($"/api/keys/{body.GetProperty("id").GetString()}", UriKind.Relative))).Dispose();
        using (var revoked = factory.CreateClient(key))
        {
            (await revoked.GetAsync(new Uri("/api/submissions", UriKind.Relative))).Dispose();
        }

        Assert.True(capture.Lines.Count > 20, $"only {capture.Lines.Count} log lines captured");
        foreach (var secret in new[] { ServiceFactory.BootstrapKey, key, wrong })
        {
            Assert.DoesNotContain(capture.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>Keeps every formatted message, its structured values and any exception.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                lines.Enqueue($"{category} {logLevel} {formatter(state, exception)} {values} {exception}");
            }
        }
    }
}
