namespace Compliance.Service.Schedules;

/// <summary>A refused schedule edit: a Chinese title and what to change.</summary>
internal sealed record ScheduleProblem(string Title, string Detail);

/// <summary>Creates, replaces and deletes schedules with their triggers: the one path for the API and the pages.</summary>
internal sealed class ScheduleEditor(ScheduleStore store, ScheduleTriggers triggers)
{
    /// <summary>Validates, stores and applies a schedule; returns the stored schedule, or the problem that refused it.</summary>
    public async Task<(Schedule? Saved, ScheduleProblem? Problem)> SaveAsync(string name, ScheduleDefinition definition, CancellationToken cancellationToken)
    {
        if (name.Length is 0 or > 100 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return (null, new ScheduleProblem("名称无效", "计划名称只能包含字母、数字、- _ .，最长 100 个字符。"));
        }

        if (ScheduleTriggers.Validate(definition) is { } problem)
        {
            return (null, new ScheduleProblem("计划无效", problem));
        }

        await store.SaveAsync(name, definition, cancellationToken);
        var saved = (await store.GetAsync(name, cancellationToken))!;
        await triggers.ApplyAsync(saved, cancellationToken);
        return (saved, null);
    }

    /// <summary>Deletes a schedule and its trigger; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(name, cancellationToken))
        {
            return false;
        }

        await triggers.RemoveAsync(name, cancellationToken);
        return true;
    }
}
