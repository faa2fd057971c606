using System.Globalization;
using System.Text;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.Engine;

/// <summary>The rule files shipped in <c>rules/</c> load, and every case they carry behaves as it says.</summary>
public class ShippedRuleCatalogueTests
{
    private static string RulesDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Compliance.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "rules");
    }

    private static IReadOnlyList<RuleSet> LoadShipped()
    {
        var sets = RuleSetLoader.LoadDirectory(RulesDirectory());
        Assert.NotEmpty(sets);
        return sets;
    }

    [Fact]
    public void ShippedRules_EveryFile_LoadsWithoutErrors()
    {
        var files = Directory.EnumerateFiles(RulesDirectory())
            .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".YAML" or ".YML" or ".JSON")
            .ToList();

        var sets = LoadShipped();

        Assert.Equal(files.Count, sets.Count);
    }

    [Fact]
    public void ShippedRules_EveryTestCase_Passes()
    {
        var failures = new StringBuilder();
        var total = 0;
        foreach (var set in LoadShipped())
        {
            foreach (var result in RuleTestRunner.Run(set))
            {
                total++;
                if (!result.Passed)
                {
                    failures.AppendLine(CultureInfo.InvariantCulture, $"{set.SourceFile}: {result.RuleId} “{result.Name}”: {result.Detail}");
                }
            }
        }

        Assert.True(total > 0, "规则目录中没有任何测试用例");
        Assert.True(failures.Length == 0, "规则测试用例未通过:\n" + failures);
    }

    [Fact]
    public void ShippedRules_EveryEnabledRule_HasPassingAndFailingCase()
    {
        var missing = new StringBuilder();
        foreach (var set in LoadShipped())
        {
            foreach (var rule in set.Summaries.Where(s => s.Enabled))
            {
                var cases = set.Tests.Where(t => t.RuleId == rule.Id).ToList();
                if (!cases.Exists(c => !c.ExpectFailure))
                {
                    missing.AppendLine(CultureInfo.InvariantCulture, $"{set.SourceFile}: {rule.Id} 缺少 Expect: pass 用例");
                }

                if (!cases.Exists(c => c.ExpectFailure))
                {
                    missing.AppendLine(CultureInfo.InvariantCulture, $"{set.SourceFile}: {rule.Id} 缺少 Expect: fail 用例");
                }
            }
        }

        Assert.True(missing.Length == 0, "规则缺少测试用例:\n" + missing);
    }
}
