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

    /// <summary>
    /// SQLite's <c>synchronous</c> setting. <c>Full</c> (the default) flushes every commit to disk, so an acknowledged
    /// upload survives a power cut; each flush holds SQLite's single writer lock. <c>Normal</c>: in WAL mode a commit
    /// is flushed only at the next checkpoint — a killed process still loses nothing, but a power cut or an
    /// operating-system crash can lose the last commits, acknowledged uploads among them.
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Full;

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(Postgres);
}

/// <summary>The values of SQLite's <c>PRAGMA synchronous</c> the service offers.</summary>
internal enum SqliteSynchronous
{
    Normal,
    Full,
}
