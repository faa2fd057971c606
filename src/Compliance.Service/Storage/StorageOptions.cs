using System.ComponentModel.DataAnnotations;

namespace Compliance.Service.Storage;

/// <summary>The <c>Storage</c> section: SQLite by default, PostgreSQL when a connection string is given.</summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>PostgreSQL connection string; when set, application tables and the Quartz store live there and clustering is on.</summary>
    public string? Postgres { get; set; }

    /// <summary>SQLite database file for the embedded default, relative to the working folder.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/compliance.db";

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(Postgres);
}
