namespace Compliance.Service;

/// <summary>The service's log messages, source-generated so a disabled level costs nothing.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Loaded {Count} rule sets from {Directory} ({Key})")]
    public static partial void RulesLoaded(this ILogger logger, int count, string directory, string key);

    [LoggerMessage(2, LogLevel.Error, "Rule reload failed; keeping the previous rule sets ({Key}):\n{Errors}")]
    public static partial void RulesReloadFailed(this ILogger logger, string key, string errors);

    [LoggerMessage(3, LogLevel.Information, "Rejected API key {HashPrefix}…")]
    public static partial void KeyRejected(this ILogger logger, string hashPrefix);

    [LoggerMessage(4, LogLevel.Warning, "Check of submission {Submission} in run {Run} failed: {Error}")]
    public static partial void CheckFailed(this ILogger logger, string submission, string run, string error);

    [LoggerMessage(5, LogLevel.Debug, "Run {Run} submission {Submission}: {Outcome}")]
    public static partial void CheckDone(this ILogger logger, string run, string submission, string outcome);

    [LoggerMessage(6, LogLevel.Warning, "Transient failure checking {Submission} in run {Run}; Quartz retries it")]
    public static partial void CheckTransient(this ILogger logger, Exception exception, string submission, string run);

    [LoggerMessage(7, LogLevel.Information, "Applying {Dialect} migration {Version} {Name}")]
    public static partial void Migrating(this ILogger logger, string dialect, long version, string name);

    [LoggerMessage(8, LogLevel.Information, "Re-dispatched {Count} pending checks of unfinished runs")]
    public static partial void Redispatched(this ILogger logger, int count);

    [LoggerMessage(9, LogLevel.Information, "Schedule {Name} set: {Cron} ({TimeZone}), job {Job}, enabled {Enabled}")]
    public static partial void ScheduleSet(this ILogger logger, string name, string cron, string timeZone, string job, bool enabled);

    [LoggerMessage(10, LogLevel.Information, "Weekly digest {Week} computed")]
    public static partial void DigestComputed(this ILogger logger, string week);

    [LoggerMessage(11, LogLevel.Warning, "Could not record job history for {Job}")]
    public static partial void HistoryFailed(this ILogger logger, Exception exception, string job);

    [LoggerMessage(12, LogLevel.Warning, "Looking for lost upload checks failed; trying again at the next sweep")]
    public static partial void SweepFailed(this ILogger logger, Exception exception);
}
