namespace Compliance.Rules.Definitions;

/// <summary>A rule file could not be loaded; every problem is listed with file, rule and field.</summary>
public sealed class RuleSetLoadException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public RuleSetLoadException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors)) => Errors = errors;

    /// <summary>Creates the exception.</summary>
    public RuleSetLoadException()
        : this([])
    {
    }

    /// <summary>Creates the exception.</summary>
    public RuleSetLoadException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception.</summary>
    public RuleSetLoadException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    /// <summary>Each problem, e.g. <c>rules/totals.yaml: 规则 summary.total: 字段 Total: …</c>.</summary>
    public IReadOnlyList<string> Errors { get; }
}
