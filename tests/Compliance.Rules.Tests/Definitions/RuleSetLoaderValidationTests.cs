using System.Text;
using Compliance.Rules.Definitions;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Definitions;

/// <summary>Every problem in a rule file is refused at load with a message naming file, rule and field.</summary>
public class RuleSetLoaderValidationTests
{
    private static void AssertNames(string errors, string rule, string field)
    {
        Assert.Contains(TestRules.Source, errors, StringComparison.Ordinal);
        Assert.Contains($"规则 {rule}", errors, StringComparison.Ordinal);
        Assert.Contains($"字段 {field}", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedYaml_ReportsFileAndLine()
    {
        var yaml = "WorkflowName: totals\nRules:\n  - RuleName: a\n    Kind: [sum\n    Total: x\n";

        var errors = TestRules.LoadErrors(yaml);

        Assert.StartsWith(TestRules.Source + ": 第 ", errors, StringComparison.Ordinal);
        Assert.Matches(@"第 [4-6] 行", errors);
    }

    [Fact]
    public void Parse_UnknownFieldInRule_ReportsFieldAndLine()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: sum
                Totl: summary[income.total].amount
            """;

        var errors = TestRules.LoadErrors(yaml);

        Assert.Contains(TestRules.Source, errors, StringComparison.Ordinal);
        Assert.Contains("第 5 行", errors, StringComparison.Ordinal);
        Assert.Contains("Totl", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKeyInRule_IsRefused()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: sum
                Kind: equal
            """;

        var errors = TestRules.LoadErrors(yaml);

        Assert.Contains("第 5 行", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingWorkflowName_NamesTheField()
    {
        var yaml = """
            Rules:
              - RuleName: a
                Kind: expression
                Expression: 1 > 0
            """;

        var errors = TestRules.LoadErrors(yaml);

        Assert.Contains($"{TestRules.Source}: 字段 WorkflowName", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoRules_NamesTheField()
    {
        var errors = TestRules.LoadErrors("WorkflowName: empty\nRules: []\n");

        Assert.Contains($"{TestRules.Source}: 字段 Rules", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingRuleName_NamesRuleByPosition()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: first
                Kind: expression
                Expression: 1 > 0
              - Kind: expression
                Expression: 1 > 0
            """;

        AssertNames(TestRules.LoadErrors(yaml), "#2", "RuleName");
    }

    [Fact]
    public void Parse_DuplicateRuleName_NamesTheRule()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: twice
                Kind: expression
                Expression: 1 > 0
              - RuleName: twice
                Kind: expression
                Expression: 2 > 0
            """;

        var errors = TestRules.LoadErrors(yaml);

        AssertNames(errors, "twice", "RuleName");
        Assert.Contains("重复", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKind_NamesKindAndListsTheAvailableOnes()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: balance
            """;

        var errors = TestRules.LoadErrors(yaml);

        AssertNames(errors, "a", "Kind");
        Assert.Contains("balance", errors, StringComparison.Ordinal);
        Assert.Contains("sum, equal, share", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadSeverity_NamesTheValue()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: expression
                Severity: fatal
                Expression: 1 > 0
            """;

        var errors = TestRules.LoadErrors(yaml);

        AssertNames(errors, "a", "Severity");
        Assert.Contains("fatal", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadBandSeverity_NamesTheBand()
    {
        var yaml = """
            WorkflowName: exec
            Rules:
              - RuleName: a
                Kind: rate
                Actual: summary[expenditure.total].amount
                Budget: summary[expenditure.total].budget
                Bands:
                  - Below: 90
                    Severity: loud
            """;

        AssertNames(TestRules.LoadErrors(yaml), "a", "Bands[0].Severity");
    }

    [Fact]
    public void Parse_ReferenceToUnknownTable_NamesTableAndField()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: sum
                Total: summery[income.total].amount
                Parts: summary[income.general].amount
            """;

        var errors = TestRules.LoadErrors(yaml);

        AssertNames(errors, "a", "Total");
        Assert.Contains("“summery”不存在", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReferenceWithoutColumn_NamesTheReference()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: sum
                Total: summary[income.total].amount
                Parts:
                  - summary[income.general].amount
                  - summary[income.other]
            """;

        var errors = TestRules.LoadErrors(yaml);

        AssertNames(errors, "a", "Parts[1]");
        Assert.Contains("summary[income.other]", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReferenceToColumnTheTableDoesNotHave_NamesTheColumn()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: sum
                Total: summary[income.total].amout
                Parts: summary[income.general].amount
            """;

        var errors = TestRules.LoadErrors(yaml);

        AssertNames(errors, "a", "Total");
        Assert.Contains("amout", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReferenceToRowKeyTheTableDoesNotHave_NamesTheRow()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: sum
                Total: summary[income.totl].amount
                Parts: summary[income.general].amount
            """;

        var errors = TestRules.LoadErrors(yaml);

        AssertNames(errors, "a", "Total");
        Assert.Contains("income.totl", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StarColumnWithoutColumns_NamesColumnsField()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: sum
                Total: sangong[total].*
                Parts: sangong[abroad].*
            """;

        AssertNames(TestRules.LoadErrors(yaml), "a", "Columns");
    }

    [Fact]
    public void Parse_NonBooleanExpression_NamesExpressionAndTypes()
    {
        var errors = TestRules.LoadErrors(TestRules.ExpressionRule("summary[income.total].amount + 1", ruleName: "typed"));

        AssertNames(errors, "typed", "Expression");
        Assert.Contains("布尔值", errors, StringComparison.Ordinal);
        Assert.Contains("数值", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UndefinedParameter_NamesParameterAndTheDefinedOnes()
    {
        var errors = TestRules.LoadErrors(TestRules.ExpressionRule("1 < $threshhold", ruleName: "p", parameters: "threshold: 90"));

        AssertNames(errors, "p", "Expression");
        Assert.Contains("$threshhold", errors, StringComparison.Ordinal);
        Assert.Contains("$threshold", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UndefinedParameterInTolerance_NamesTheField()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: equal
                Tolerance: $slack
                Left: summary[income.grand].amount
                Right: summary[expenditure.grand].amount
            """;

        var errors = TestRules.LoadErrors(yaml);

        AssertNames(errors, "a", "Tolerance");
        Assert.Contains("$slack", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverrideOfUnknownParameter_NamesFileAndParameter()
    {
        var yaml = TestRules.ExpressionRule("1 < $threshold", parameters: "threshold: 90");

        var errors = TestRules.LoadErrors(yaml, new Dictionary<string, string> { ["treshold"] = "80" });

        Assert.Contains(TestRules.Source, errors, StringComparison.Ordinal);
        Assert.Contains("treshold", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ContentLargerThanMaxFileBytes_IsRefused()
    {
        var content = new byte[RuleSetLoader.MaxFileBytes + 1];
        Array.Fill(content, (byte)'#');

        var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.Parse(content, TestRules.Source));

        Assert.Contains(TestRules.Source, ex.Message, StringComparison.Ordinal);
        Assert.Contains(RuleSetLoader.MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileLargerThanMaxFileBytes_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, new byte[RuleSetLoader.MaxFileBytes + 1]);

            var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.Load(path));

            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
            Assert.Contains("上限", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_NonUtf8Bytes_IsRefused()
    {
        var gb18030 = new byte[] { 0x57, 0x6F, 0x72, 0x6B, 0x3A, 0x20, 0xD7, 0xDC, 0xB1, 0xED, 0x0A };

        var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.Parse(gb18030, TestRules.Source));

        Assert.Contains(TestRules.Source, ex.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("# 只有注释\n")]
    public void Parse_EmptyFile_IsRefused(string text)
    {
        var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.Parse(Encoding.UTF8.GetBytes(text), TestRules.Source));

        Assert.Contains($"{TestRules.Source}: 规则文件为空", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TestCaseWithBadExpect_NamesTheTestCase()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: expression
                Expression: 1 > 0
                Tests:
                  - Expect: pass
                  - Expect: maybe
            """;

        AssertNames(TestRules.LoadErrors(yaml), "a", "Tests[1].Expect");
    }

    [Fact]
    public void Parse_TestCaseWithBadCell_NamesTheTestCase()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: expression
                Expression: 1 > 0
                Tests:
                  - Expect: fail
                    Cells: { "summary[income.total].amount": "九百" }
            """;

        var errors = TestRules.LoadErrors(yaml);

        AssertNames(errors, "a", "Tests[0].Cells");
        Assert.Contains("九百", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReported()
    {
        var yaml = """
            WorkflowName: totals
            Rules:
              - RuleName: a
                Kind: balance
              - RuleName: b
                Kind: expression
                Expression: nope > 0
            """;

        var ex = Assert.Throws<RuleSetLoadException>(() => TestRules.Load(yaml));

        Assert.Equal(2, ex.Errors.Count);
    }

    [Fact]
    public void LoadDirectory_DuplicateWorkflowNameAcrossFiles_NamesTheSecondFile()
    {
        var directory = Directory.CreateTempSubdirectory("rules-").FullName;
        try
        {
            var yaml = TestRules.ExpressionRule("1 > 0");
            File.WriteAllText(Path.Combine(directory, "a.yaml"), yaml);
            File.WriteAllText(Path.Combine(directory, "b.yml"), yaml);

            var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.LoadDirectory(directory));

            var error = Assert.Single(ex.Errors);
            Assert.Contains("b.yml", error, StringComparison.Ordinal);
            Assert.Contains("WorkflowName", error, StringComparison.Ordinal);
            Assert.Contains("test", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void LoadDirectory_ErrorsInSeveralFiles_AreAllReportedWithTheirFiles()
    {
        var directory = Directory.CreateTempSubdirectory("rules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "a.yaml"), TestRules.ExpressionRule("File.Exists('x')", ruleName: "one"));
            File.WriteAllText(Path.Combine(directory, "b.json"), """{ "WorkflowName": "b", "Rules": [ { "RuleName": "two", "Kind": "nope" } ] }""");
            File.WriteAllText(Path.Combine(directory, "notes.txt"), "ignored");

            var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.LoadDirectory(directory));

            Assert.Equal(2, ex.Errors.Count);
            Assert.Contains(ex.Errors, e => e.Contains("a.yaml", StringComparison.Ordinal) && e.Contains("规则 one", StringComparison.Ordinal));
            Assert.Contains(ex.Errors, e => e.Contains("b.json", StringComparison.Ordinal) && e.Contains("规则 two", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void LoadDirectory_MissingDirectory_IsRefused()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-rules-{Guid.NewGuid():N}");

        var ex = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.LoadDirectory(missing));

        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }
}
