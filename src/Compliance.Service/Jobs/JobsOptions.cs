using System.ComponentModel.DataAnnotations;

namespace Compliance.Service.Jobs;

/// <summary>The <c>Jobs</c> section: the scheduler, its cluster and how checks are retried.</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Quartz scheduler name; every node of one cluster must use the same name.</summary>
    [Required]
    public string SchedulerName { get; set; } = "compliance";

    /// <summary>This node's name in job history and check records; defaults to host name and process id.</summary>
    public string? NodeName { get; set; }

    /// <summary>Jobs this node runs at once.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>
    /// How often an idle node looks for due triggers. A node is told at once only of triggers scheduled in its own
    /// process, so this is how soon the other nodes join a batch another node started.
    /// </summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a clustered node records that it is alive.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after a missed check-in the other nodes take over a node's jobs.</summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts at one submission check before it is recorded as failed.</summary>
    [Range(1, 20)]
    public int MaxCheckAttempts { get; set; } = 4;

    /// <summary>
    /// Most submissions one batch trigger checks (one after another). Fewer triggers mean fewer acquisitions of the
    /// cluster's scheduler lock; a batch is still cut into at least 64 chunks so that every node shares it.
    /// </summary>
    [Range(1, 1000)]
    public int ChunkSize { get; set; } = 50;

    /// <summary>
    /// Workers that check uploads in this process as soon as they are stored (<see cref="Checks.UploadChecks"/>); zero
    /// sends every upload's check through a Quartz trigger instead.
    /// </summary>
    [Range(0, 64)]
    public int UploadCheckWorkers { get; set; } = 2;

    /// <summary>Uploads waiting for an in-process check at most; beyond it an upload's check goes through Quartz.</summary>
    [Range(1, 100_000)]
    public int UploadQueueCapacity { get; set; } = 256;

    /// <summary>
    /// How long an upload's check may stay pending before any node hands it to Quartz: the in-process check of a node
    /// that died is recovered this long after the upload (plus at most <see cref="OrphanSweepInterval"/>).
    /// </summary>
    public TimeSpan OrphanedUploadAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a node looks for uploads whose in-process check was lost.</summary>
    public TimeSpan OrphanSweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Extra time each check takes. Zero in production; tests use it to catch a run in the middle.</summary>
    public TimeSpan CheckDelay { get; set; } = TimeSpan.Zero;

    public string Node => NodeName ?? $"{Environment.MachineName}-{Environment.ProcessId}";
}
