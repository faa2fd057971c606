using System.Collections.Concurrent;

namespace Compliance.Service.Checks;

/// <summary>
/// Tells requests waiting for a submission's findings (<c>?wait=</c>) that a check of it finished in this process, so
/// they answer at once instead of polling. Checks finished by another node are not signalled here; waiters re-read
/// the database every <see cref="RecheckEvery"/> to see those.
/// </summary>
internal sealed class CheckSignals
{
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    /// <summary>Completes when a check of the submission next finishes here; register before reading the database, so none is missed.</summary>
    public Task Next(string submissionId) =>
        waiting.GetOrAdd(submissionId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Stops listening for a submission nobody waits for any more (a waiter that timed out).</summary>
    public void Forget(string submissionId, Task signal)
    {
        if (waiting.TryGetValue(submissionId, out var source) && source.Task == signal)
        {
            waiting.TryRemove(new KeyValuePair<string, TaskCompletionSource>(submissionId, source));
        }
    }

    public void Checked(string submissionId)
    {
        if (waiting.TryRemove(submissionId, out var source))
        {
            source.TrySetResult();
        }
    }
}
