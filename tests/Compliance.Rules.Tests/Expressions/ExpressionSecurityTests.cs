using Compliance.Rules.Expressions;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Expressions;

/// <summary>An expression reaches only the allow-list; anything that names the runtime is refused at load, naming it.</summary>
public class ExpressionSecurityTests
{
    public static TheoryData<string, string> HostileExpressions => new()
    {
        { """System.IO.File.ReadAllText("/etc/passwd")""", "System.IO.File.ReadAllText" },
        { """File.Exists("x")""", "File.Exists" },
        { """Process.Start("sh")""", "Process.Start" },
        { "System.Diagnostics.Process.GetCurrentProcess()", "System.Diagnostics.Process.GetCurrentProcess" },
        { "Environment.Exit(1)", "Environment.Exit" },
        { """Environment.GetEnvironmentVariable("HOME")""", "Environment.GetEnvironmentVariable" },
        { "typeof(string)", "typeof" },
        { "\"\".GetType().Assembly", "GetType" },
        { "projects.GetType()", "projects.GetType" },
        { """Assembly.Load("x")""", "Assembly.Load" },
        { "Activator.CreateInstance(...)", "Activator.CreateInstance" },
        { """Activator.CreateInstance("System.Object")""", "Activator.CreateInstance" },
        { "new System.Threading.Thread(null)", "new" },
        { "Thread.Sleep(1000)", "Thread.Sleep" },
        { "Task.Run(() => 1)", "Task.Run" },
        { "while(true){}", "while" },
        { "for(;;){}", "for" },
        { "System.IO", "System.IO" },
        { "Environment", "Environment" },
        { "GetType(projects)", "GetType" },
    };

    [Theory]
    [MemberData(nameof(HostileExpressions))]
    public void Compile_HostileExpression_IsRejectedNamingTheOffender(string expression, string offender)
    {
        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile(expression));

        Assert.Contains(offender, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileExpressions))]
    public void Load_RuleWithHostileExpression_IsRefusedNamingFileRuleFieldAndOffender(string expression, string offender)
    {
        var errors = TestRules.LoadErrors(TestRules.ExpressionRule(expression, ruleName: "evil"));

        Assert.Contains(TestRules.Source, errors, StringComparison.Ordinal);
        Assert.Contains("规则 evil", errors, StringComparison.Ordinal);
        Assert.Contains("字段 Expression", errors, StringComparison.Ordinal);
        Assert.Contains(offender, errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HostileLocalParam_IsRefusedNamingTheLocalParam()
    {
        var yaml = TestRules.ExpressionRule("x > 0", extra: """
            LocalParams:
              - Name: x
                Expression: File.ReadAllBytes("/etc/shadow")
            """);

        var errors = TestRules.LoadErrors(yaml);

        Assert.Contains("字段 LocalParams[0].Expression", errors, StringComparison.Ordinal);
        Assert.Contains("File.ReadAllBytes", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_LongerThanMaxLength_IsRejectedNamingTheLimit()
    {
        var expression = string.Join(" + ", Enumerable.Repeat("1", Parser.MaxLength));

        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile(expression));

        Assert.Contains(Parser.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Contains("长度", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TenThousandOpeningParentheses_IsRejectedWithoutStackOverflow()
    {
        var expression = new string('(', 10_000) + "1" + new string(')', 10_000);

        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile(expression));

        Assert.Contains("超过上限", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ParenthesesDeeperThanMaxDepthWithinMaxLength_IsRejectedNamingTheDepth()
    {
        var depth = (Parser.MaxLength - 1) / 2;
        var expression = new string('(', depth) + "1" + new string(')', depth);

        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile(expression));

        Assert.Contains($"嵌套超过 {Parser.MaxDepth} 层", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('-', "1")]
    [InlineData('!', "true")]
    public void Compile_UnaryOperatorsDeeperThanMaxDepth_IsRejectedNamingTheDepth(char op, string operand)
    {
        var expression = new string(op, Parser.MaxLength - 10) + operand;

        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile(expression));

        Assert.Contains($"嵌套超过 {Parser.MaxDepth} 层", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_LongFlatChainWithinMaxLength_CompilesAndEvaluates()
    {
        var expression = string.Join("+", Enumerable.Repeat("1", (Parser.MaxLength + 1) / 2));

        var value = TestRules.Evaluate(expression);

        Assert.Equal((decimal)((Parser.MaxLength + 1) / 2), value);
    }

    [Fact]
    public void Compile_MethodCallOnModelValue_IsRejectedNamingTheCall()
    {
        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile("any(projects, p => p.name.Contains('x'))"));

        Assert.Contains("p.name.Contains()", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NestingJustWithinMaxDepth_IsAccepted()
    {
        var depth = Parser.MaxDepth - 2;
        var expression = new string('(', depth) + "1" + new string(')', depth);

        var compiled = TestRules.Compile(expression);

        Assert.True(compiled.IsNumeric);
    }

    [Fact]
    public void Compile_UnknownFunction_IsRejectedNamingTheFunction()
    {
        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile("median(projects, p => p.totalBudget)"));

        Assert.Contains("未知函数“median”", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownMemberOnProject_IsRejectedNamingMemberAndType()
    {
        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile("sum(projects, p => p.salary)"));

        Assert.Contains("salary", ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Compliance.Documents.Model.Project), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownMemberOnIndicator_ListsTheAllowedMembers()
    {
        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile("sum(projects, p => count(p.indicators, i => i.Owner == 'x'))"));

        Assert.Contains("Owner", ex.Message, StringComparison.Ordinal);
        Assert.Contains("level1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownName_IsRejectedNamingIt()
    {
        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile("budgetTotal > 0"));

        Assert.Contains("budgetTotal", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_KeywordInsideString_IsOrdinaryText()
    {
        var compiled = TestRules.Compile("contains('new while for typeof System.IO', 'while')");

        Assert.Equal(typeof(bool), compiled.Type);
    }
}
