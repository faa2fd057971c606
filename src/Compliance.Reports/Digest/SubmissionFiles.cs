using System.Globalization;
using System.Text.Json;
using Compliance.Rules.Findings;

namespace Compliance.Reports.Digest;

/// <summary>Reads findings-contract JSON files as <see cref="SubmissionResult"/>s for the digest.</summary>
public static class SubmissionFiles
{
    /// <summary>
    /// Reads one file. The check time is the file's <c>checkedAt</c> field (ISO 8601, as <see cref="ReportRenderer.RenderSubmission"/> with
    /// <see cref="ReportFormat.Json"/> writes it) when present, else the file's last-write time.
    /// </summary>
    /// <exception cref="FormatException">Not a findings document; the message names the file.</exception>
    public static SubmissionResult Read(string path)
    {
        var json = File.ReadAllText(path);
        try
        {
            return new SubmissionResult(FindingsJson.Read(json), CheckedAt(json) ?? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads every <c>*.json</c> file directly in a folder, in name order.</summary>
    public static IReadOnlyList<SubmissionResult> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Read).ToList();

    private static DateTimeOffset? CheckedAt(string json)
    {
        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("checkedAt", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw new FormatException($"checkedAt “{value.GetString()}” is not an ISO 8601 time");
    }
}
