namespace Compliance.Rules.Definitions;

// These classes mirror the rule file as written (YAML or JSON, RulesEngine-like field names) so the
// deserializer can report unknown fields with their line; validation turns them into immutable definitions.
#pragma warning disable CA1002, CA2227 // The deserializer needs settable List/Dictionary members.

internal sealed class RuleSetFile
{
    public string? WorkflowName { get; set; }

    public string? Description { get; set; }

    public string? Scope { get; set; }

    public Dictionary<string, object>? Parameters { get; set; }

    public List<RuleFile>? Rules { get; set; }
}

internal sealed class RuleFile
{
    public string? RuleName { get; set; }

    public string? Description { get; set; }

    public string? Kind { get; set; }

    public string? Severity { get; set; }

    public bool? Enabled { get; set; }

    public string? When { get; set; }

    public string? ErrorMessage { get; set; }

    public string? Fix { get; set; }

    public List<LocalParamFile>? LocalParams { get; set; }

    public string? Expression { get; set; }

    public string? ForEach { get; set; }

    public string? As { get; set; }

    public string? Stated { get; set; }

    public string? Computed { get; set; }

    public string? Location { get; set; }

    public string? Total { get; set; }

    public object? Parts { get; set; }

    public List<string>? Columns { get; set; }

    public string? Hierarchy { get; set; }

    public string? Left { get; set; }

    public string? Right { get; set; }

    public string? Part { get; set; }

    public string? Whole { get; set; }

    public string? Current { get; set; }

    public string? Previous { get; set; }

    public string? StatedChange { get; set; }

    public string? StatedGrowth { get; set; }

    public string? Actual { get; set; }

    public string? Budget { get; set; }

    public List<BandFile>? Bands { get; set; }

    public List<string>? Tables { get; set; }

    public string? Claims { get; set; }

    public Dictionary<string, string>? Subjects { get; set; }

    public Dictionary<string, string>? Bases { get; set; }

    public string? ClassTemplate { get; set; }

    public string? DefaultBasis { get; set; }

    public string? Tolerance { get; set; }

    public List<RuleTestFile>? Tests { get; set; }
}

internal sealed class LocalParamFile
{
    public string? Name { get; set; }

    public string? Expression { get; set; }
}

internal sealed class BandFile
{
    public string? Below { get; set; }

    public string? Above { get; set; }

    public string? Severity { get; set; }

    public string? Message { get; set; }
}

internal sealed class RuleTestFile
{
    public string? Name { get; set; }

    public string? Expect { get; set; }

    public string? Kind { get; set; }

    public Dictionary<string, string?>? Cells { get; set; }

    public string? Document { get; set; }

    public string? Other { get; set; }
}
#pragma warning restore CA1002, CA2227
