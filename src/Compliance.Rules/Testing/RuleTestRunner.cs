using Compliance.Rules.Engine;

namespace Compliance.Rules.Testing;

/// <summary>The outcome of one rule test case.</summary>
/// <param name="RuleId">Rule under test.</param>
/// <param name="Name">Case name.</param>
/// <param name="Passed">Whether the rule behaved as the case expects.</param>
/// <param name="Detail">What the rule reported, for a failed case.</param>
public sealed record RuleTestResult(string RuleId, string Name, bool Passed, string Detail);

/// <summary>Runs the test cases a rule file carries: each case's fragment must pass or fail its rule.</summary>
public static class RuleTestRunner
{
    /// <summary>Runs every case of the set against the enabled rule it belongs to.</summary>
    public static IReadOnlyList<RuleTestResult> Run(RuleSet set, RuleEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        engine ??= new RuleEngine();
        var results = new List<RuleTestResult>();
        foreach (var test in set.Tests)
        {
            var rule = set.Rules.FirstOrDefault(r => r.Info.Id == test.RuleId);
            if (rule is null)
            {
                continue;
            }

            var findings = engine.Run(rule, test);
            var failed = findings.Count > 0;
            var passed = failed == test.ExpectFailure;
            var detail = passed ? "" : test.ExpectFailure
                ? "应报告问题，但规则未报告"
                : "不应报告问题，但规则报告了: " + string.Join("；", findings.Select(f => f.Message));
            results.Add(new RuleTestResult(test.RuleId, test.Name, passed, detail));
        }

        return results;
    }
}
