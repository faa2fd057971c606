using Compliance.Documents.Model;
using Compliance.Rules.References;

namespace Compliance.Rules.Expressions;

/// <summary>
/// What a compiled expression sees at run time: the document, the rule's local values, and a budget of
/// steps and time. Every iteration over a collection spends a step, so nested iteration that would run
/// away is stopped instead of hanging the check.
/// </summary>
public sealed class EvaluationContext
{
    private readonly long maxSteps;
    private readonly long maxMilliseconds;
    private long deadline;
    private long steps;

    /// <summary>Creates a context with the given budget.</summary>
    public EvaluationContext(Document document, EvaluationBudget budget)
        : this(new DocumentIndex(document), budget)
    {
    }

    /// <summary>A context over lookups shared by every rule of one check (built once per document).</summary>
    internal EvaluationContext(DocumentIndex index, EvaluationBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        Index = index;
        maxSteps = budget.MaxSteps;
        maxMilliseconds = (long)budget.MaxTime.TotalMilliseconds;
        Restart();
    }

    /// <summary>The document under check.</summary>
    public Document Document => Index.Document;

    internal DocumentIndex Index { get; }

    /// <summary>The other documents of a cross-document check, by role (<c>budget</c>, <c>final</c>, <c>prior</c>).</summary>
    public IReadOnlyDictionary<string, Document> Linked { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, Document>.Empty;

    /// <summary>The document a role names; the rule-set scope guarantees at load that the role is linked.</summary>
    public Document For(string role) =>
        Linked.TryGetValue(role, out var document) ? document : throw new InvalidOperationException($"没有与本文档关联的“{role}”文档");

    private Dictionary<string, DocumentIndex>? linkedIndexes;

    /// <summary>The lookups of the document a role names, built the first time a rule asks.</summary>
    internal DocumentIndex IndexFor(string role)
    {
        linkedIndexes ??= new Dictionary<string, DocumentIndex>(StringComparer.Ordinal);
        if (!linkedIndexes.TryGetValue(role, out var index))
        {
            index = new DocumentIndex(For(role));
            linkedIndexes[role] = index;
        }

        return index;
    }

    internal object?[] Locals { get; set; } = [];

    /// <summary>The linked document an element of the model (a project, a claim …) belongs to; null when it is the checked document's.</summary>
    public DocumentInfo? OriginOf(object element)
    {
        foreach (var other in Linked.Values)
        {
            if (!ReferenceEquals(other, Document) && (Contains(other.Projects, element) || Contains(other.SelfEvaluations, element)
                || Contains(other.Claims, element) || Contains(other.Facts, element)
                || other.Tables.Any(t => Contains(t.Rows, element))))
            {
                return other.Info;
            }
        }

        return null;
    }

    private static bool Contains<T>(IReadOnlyList<T> items, object element) => items.Any(x => ReferenceEquals(x, element));

    /// <summary>Gives the next rule of a check the whole budget again, and no locals.</summary>
    internal void Restart()
    {
        steps = 0;
        Locals = [];
        // The coarse clock: this runs for every rule of every check, and the precise one costs a system call on
        // some virtual machines; a budget of seconds needs no better than milliseconds.
        deadline = Environment.TickCount64 + maxMilliseconds;
    }

    /// <summary>Spends one step; throws when the budget is exhausted.</summary>
    public void Step()
    {
        if (++steps > maxSteps)
        {
            throw new EvaluationBudgetExceededException($"规则计算超过 {maxSteps:N0} 步上限，已停止");
        }

        if ((steps & 1023) == 0 && Environment.TickCount64 > deadline)
        {
            throw new EvaluationBudgetExceededException("规则计算超时，已停止");
        }
    }
}

/// <summary>Limits on one rule evaluation.</summary>
/// <param name="MaxSteps">Collection items visited at most.</param>
/// <param name="MaxTime">Wall time at most.</param>
public sealed record EvaluationBudget(long MaxSteps, TimeSpan MaxTime)
{
    /// <summary>One million steps or two seconds: far above any real rule, far below a hang.</summary>
    public static EvaluationBudget Default { get; } = new(1_000_000, TimeSpan.FromSeconds(2));
}

/// <summary>A rule ran out of its step or time budget.</summary>
public sealed class EvaluationBudgetExceededException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EvaluationBudgetExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public EvaluationBudgetExceededException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public EvaluationBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
