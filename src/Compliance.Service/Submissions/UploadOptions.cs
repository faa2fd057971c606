using System.ComponentModel.DataAnnotations;

namespace Compliance.Service.Submissions;

/// <summary>The <c>Upload</c> section: what POST /api/submissions accepts.</summary>
internal sealed class UploadOptions
{
    public const string Section = "Upload";

    /// <summary>Largest file accepted, in bytes.</summary>
    [Range(1, Compliance.Documents.DocumentLoader.MaxFileBytes)]
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>File extensions accepted (canonical JSON, disclosure text, PDF, Excel draft).</summary>
    public string[] Extensions { get; set; } = [".json", ".txt", ".pdf", ".xlsx"];

    /// <summary>Declared content types accepted for the file part; browsers often send octet-stream.</summary>
    public string[] ContentTypes { get; set; } =
    [
        "application/json", "text/plain", "application/pdf", "application/octet-stream",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ];
}
