namespace Compliance.Reports;

/// <summary>A template or label file could not be loaded; each problem names the file and the line.</summary>
public sealed class TemplateLoadException : Exception
{
    /// <summary>Creates the exception from its problems, each <c>file:line: message</c>.</summary>
    public TemplateLoadException(IReadOnlyList<string> problems)
        : base("报告模板有误 (invalid report templates):\n" + string.Join("\n", problems)) => Problems = problems;

    /// <summary>Creates the exception with a message.</summary>
    public TemplateLoadException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TemplateLoadException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public TemplateLoadException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Each problem as <c>file:line: message</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
