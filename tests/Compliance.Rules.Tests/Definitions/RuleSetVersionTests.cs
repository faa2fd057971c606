using System.Text.RegularExpressions;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Definitions;

/// <summary>The rule-set version is the SHA-256 of the file content and the parameter overrides.</summary>
public partial class RuleSetVersionTests
{
    private static readonly string Yaml = TestRules.ExpressionRule("1 < $threshold", parameters: "threshold: 90");

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex VersionPattern();

    [Fact]
    public void Version_IsSha256PrefixedLowercaseHex()
    {
        Assert.Matches(VersionPattern(), TestRules.Load(Yaml).Version);
    }

    [Fact]
    public void Version_IdenticalContent_IsIdentical()
    {
        Assert.Equal(TestRules.Load(Yaml).Version, TestRules.Load(Yaml, source: "elsewhere/copy.yaml").Version);
    }

    [Fact]
    public void Version_ChangedContent_Changes()
    {
        Assert.NotEqual(TestRules.Load(Yaml).Version, TestRules.Load(Yaml + "\n# 注释也算内容\n").Version);
    }

    [Fact]
    public void Version_ChangedOverride_Changes()
    {
        var plain = TestRules.Load(Yaml).Version;
        var overridden = TestRules.Load(Yaml, new Dictionary<string, string> { ["threshold"] = "80" }).Version;
        var overriddenAgain = TestRules.Load(Yaml, new Dictionary<string, string> { ["threshold"] = "80" }).Version;
        var otherOverride = TestRules.Load(Yaml, new Dictionary<string, string> { ["threshold"] = "85" }).Version;

        Assert.NotEqual(plain, overridden);
        Assert.Equal(overridden, overriddenAgain);
        Assert.NotEqual(overridden, otherOverride);
    }
}
