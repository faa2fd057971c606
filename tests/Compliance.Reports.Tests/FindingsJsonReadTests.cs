using Compliance.Rules.Findings;

namespace Compliance.Reports.Tests;

public class FindingsJsonReadTests
{
    [Fact]
    public void Read_WrittenResult_RoundTrips()
    {
        var original = Fixtures.Submission();

        var read = FindingsJson.Read(FindingsJson.Write(original));

        Assert.Equal(original.Document, read.Document);
        Assert.Equal(original.RuleSets, read.RuleSets);
        Assert.Equal(original.Findings, read.Findings);
    }

    [Theory]
    [InlineData("{", "malformed")]
    [InlineData("{\"findings\": []}", "document")]
    [InlineData("{\"document\": {\"department\": \"a\", \"year\": 2020, \"kind\": \"Other\"}, \"findings\": []}", "kind")]
    [InlineData("{\"document\": {\"department\": \"a\", \"year\": 2020, \"kind\": \"Budget\"}, \"findings\": [{\"ruleId\": \"x\", \"ruleSet\": \"y\", \"severity\": \"fatal\"}]}", "severity")]
    public void Read_BadJson_ThrowsFormatExceptionNamingTheProblem(string json, string mentions)
    {
        var ex = Assert.Throws<FormatException>(() => FindingsJson.Read(json));
        Assert.Contains(mentions, ex.Message, StringComparison.Ordinal);
    }
}
