using Compliance.Documents.Model;
using Compliance.Rules.Expressions;
using Compliance.Rules.Tests.Fixtures;

namespace Compliance.Rules.Tests.Expressions;

/// <summary>What rule expressions mean: decimal arithmetic, blanks, logic, functions and the document model.</summary>
public class ExpressionSemanticsTests
{
    private static Document ProjectsDocument() => new DocumentBuilder()
        .Project(new Project
        {
            Name = "信息化建设",
            Code = "P001",
            TotalBudget = 300.00m,
            CurrentYearBudget = 120.50m,
            Indicators =
            [
                new Indicator { Level1 = "产出", Level2 = "数量", Name = "系统数", Target = "≥3 个", Weight = 20m },
                new Indicator { Level1 = "满意度", Name = "用户满意度", Target = "≥90%", Weight = 10m },
            ],
            ExpenditureLines = [new AmountLine { Name = "办公设备购置", Code = "31002", Amount = 20.25m }],
        })
        .Project(new Project
        {
            Name = "培训",
            TotalBudget = 50.00m,
            CurrentYearBudget = null,
            Indicators = [new Indicator { Level1 = "产出", Name = "培训人次", Target = "200 人次" }],
        })
        .Build();

    [Theory]
    [InlineData("0.1 + 0.2", "0.3")]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("7 % 3", "1")]
    [InlineData("-(3 - 5)", "2")]
    [InlineData("917.02 - 458.51 - 458.51", "0")]
    public void Evaluate_Arithmetic_IsExactDecimal(string expression, string expected)
    {
        var value = TestRules.Evaluate(expression);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<decimal>(value));
    }

    [Fact]
    public void Evaluate_Addition_KeepsPrintedPrecision()
    {
        var value = (decimal)TestRules.Evaluate("2.50 + 1.25")!;

        Assert.Equal(2, value.Scale);
        Assert.Equal(3.75m, value);
    }

    [Fact]
    public void Evaluate_BlankCellInArithmetic_PropagatesBlank()
    {
        var document = new DocumentBuilder().Table("summary", t => t.Key("income.total", ("amount", null))).Build();

        Assert.Null(TestRules.Evaluate("summary[income.total].amount + 1", document));
        Assert.Equal(true, TestRules.Evaluate("summary[income.total].amount * 2 == null", document));
    }

    [Fact]
    public void Evaluate_CellOfAbsentTable_IsBlank()
    {
        Assert.Null(TestRules.Evaluate("sangong[total].final"));
    }

    [Fact]
    public void Evaluate_CoalesceOnBlank_UsesFallback()
    {
        var document = new DocumentBuilder().Table("summary", t => t.Key("income.total", ("amount", null))).Build();

        Assert.Equal(0m, TestRules.Evaluate("summary[income.total].amount ?? 0", document));
        Assert.Equal(5m, TestRules.Evaluate("coalesce(null, 5)", document));
        Assert.Equal(3m, TestRules.Evaluate("3 ?? 5", document));
    }

    [Fact]
    public void Evaluate_CellReferenceWithSeveralRows_AddsThem()
    {
        var document = new DocumentBuilder().Table("summary", t => t
            .Key("income.general", ("amount", 900.00m))
            .Key("income.other", ("amount", 17.02m)))
            .Build();

        Assert.Equal(917.02m, TestRules.Evaluate("summary[income.general, income.other].amount", document));
    }

    [Theory]
    [InlineData("1 < 2", true)]
    [InlineData("2 <= 2", true)]
    [InlineData("3 > 4", false)]
    [InlineData("3 >= 4", false)]
    [InlineData("1.0 == 1.00", true)]
    [InlineData("1 != 2", true)]
    [InlineData("'产出' == '产出'", true)]
    [InlineData("null < 1", false)]
    [InlineData("null > 1", false)]
    [InlineData("null == null", true)]
    public void Evaluate_Comparison_FollowsLiftedDecimalSemantics(string expression, bool expected)
    {
        Assert.Equal(expected, TestRules.Evaluate(expression));
    }

    [Theory]
    [InlineData("true && !false", true)]
    [InlineData("false || true", true)]
    [InlineData("true and not true", false)]
    [InlineData("false or false", false)]
    [InlineData("1 > 0 && 2 > 1 || false", true)]
    public void Evaluate_BooleanOperators_Work(string expression, bool expected)
    {
        Assert.Equal(expected, TestRules.Evaluate(expression));
    }

    [Fact]
    public void Evaluate_Ternary_PicksBranch()
    {
        Assert.Equal(10m, TestRules.Evaluate("1 > 0 ? 10 : 20"));
        Assert.Equal("否", TestRules.Evaluate("1 < 0 ? '是' : '否'"));
    }

    [Theory]
    [InlineData("Math.Abs(-2.5)", "2.5")]
    [InlineData("abs(-3)", "3")]
    [InlineData("round(2.345, 2)", "2.35")]
    [InlineData("Math.Round(2.5)", "3")]
    [InlineData("round(-2.5)", "-3")]
    [InlineData("floor(2.7)", "2")]
    [InlineData("ceiling(2.1)", "3")]
    [InlineData("min(3, 4)", "3")]
    [InlineData("max(3, null)", "3")]
    [InlineData("len('三公经费')", "4")]
    public void Evaluate_MathFunctions_Work(string expression, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TestRules.Evaluate(expression));
    }

    [Fact]
    public void Evaluate_SumOverProjects_SkipsBlankBudgets()
    {
        Assert.Equal(120.50m, TestRules.Evaluate("sum(projects, p => p.currentYearBudget)", ProjectsDocument()));
        Assert.Equal(350.00m, TestRules.Evaluate("sum(projects, p => p.totalBudget)", ProjectsDocument()));
    }

    [Fact]
    public void Evaluate_SumOverEmptyCollection_IsBlank()
    {
        Assert.Null(TestRules.Evaluate("sum(projects, p => p.totalBudget)"));
    }

    [Fact]
    public void Evaluate_CountAnyAllWhere_OverProjectsAndIndicators()
    {
        var document = ProjectsDocument();

        Assert.Equal(2m, TestRules.Evaluate("count(projects)", document));
        Assert.Equal(1m, TestRules.Evaluate("count(projects, p => p.currentYearBudget == null)", document));
        Assert.Equal(true, TestRules.Evaluate("all(projects, p => any(p.indicators, i => i.level1 == '产出'))", document));
        Assert.Equal(false, TestRules.Evaluate("all(projects, p => any(p.indicators, i => i.level1 == '满意度'))", document));
        Assert.Equal(1m, TestRules.Evaluate("count(where(projects, p => p.totalBudget > 100))", document));
        Assert.Equal(3m, TestRules.Evaluate("sum(projects, p => count(p.indicators))", document));
        Assert.Equal(30m, TestRules.Evaluate("sum(projects, p => sum(p.indicators, i => i.weight))", document));
        Assert.Equal(true, TestRules.Evaluate("any(projects, p => p.code == 'P001' && contains(p.name, '信息化'))", document));
        Assert.Equal(20.25m, TestRules.Evaluate("sum(projects, p => sum(p.expenditureLines, l => l.amount))", document));
        Assert.Equal(false, TestRules.Evaluate("any(where(projects, p => p.totalBudget > 1000))", document));
    }

    [Fact]
    public void Evaluate_InnerLambdaReadsOuterParameter_SeesEachOuterElement()
    {
        var document = ProjectsDocument();

        var withOwnName = TestRules.Evaluate("count(projects, p => any(p.indicators, i => contains(p.name, '信息') && i.weight > 10))", document);
        var perProject = TestRules.Evaluate("sum(projects, p => count(p.indicators, i => p.totalBudget > 100))", document);

        Assert.Equal(1m, withOwnName);
        Assert.Equal(2m, perProject);
    }

    [Fact]
    public void Evaluate_SelfEvaluationMembers_AreReachable()
    {
        var document = new DocumentBuilder()
            .SelfEvaluation(new SelfEvaluation { Subject = "测试部门", WholeDepartment = true, Budget = 1000.00m, Executed = 713.00m, StatedRate = 71.3m })
            .SelfEvaluation(new SelfEvaluation { Subject = "培训", Budget = 50.00m, Executed = 50.00m, StatedRate = 100m, Indicators = [new Indicator { Level1 = "产出", Name = "培训人次", Score = 9m }] })
            .Build();

        Assert.Equal(71.3m, TestRules.Evaluate("sum(where(selfEvaluations, e => e.wholeDepartment), e => e.executed / e.budget * 100)", document));
        Assert.Equal(1m, TestRules.Evaluate("count(selfEvaluations, e => e.statedRate < 90)", document));
        Assert.Equal(9m, TestRules.Evaluate("sum(selfEvaluations, e => sum(e.indicators, i => i.score))", document));
    }

    [Fact]
    public void Evaluate_ClaimMembers_AreReachable()
    {
        var document = new DocumentBuilder()
            .Claim(ClaimKind.Share, "财政拨款收入", 37.61m, line: 12, excerpt: "财政拨款收入占 37.61%")
            .Claim(ClaimKind.Growth, "支出", 190.8m, line: 15)
            .Build();

        Assert.Equal(37.61m, TestRules.Evaluate("sum(where(claims, c => c.kind == 'Share'), c => c.value)", document));
        Assert.Equal(12m, TestRules.Evaluate("sum(where(claims, c => contains(c.excerpt, '占')), c => c.line)", document));
        Assert.Equal(true, TestRules.Evaluate("any(claims, c => c.subject == '支出' && c.basis == null)", document));
    }

    [Fact]
    public void Evaluate_RowColumnAccess_ReadsCellsByColumnKey()
    {
        var document = new DocumentBuilder().Table("income", t => t
            .Key("total", ("total", 44.55m))
            .Code("208", ("total", 27.36m), ("fiscal", 20.00m))
            .Code("210", ("total", 17.19m)))
            .Build();

        Assert.Equal(44.55m, TestRules.Evaluate("sum(where(rows(income), r => r.code != null), r => r.total)", document));
        Assert.Equal(20.00m, TestRules.Evaluate("sum(rows('income'), r => r.fiscal)", document));
        Assert.Equal(true, TestRules.Evaluate("any(rows(income), r => r.key == 'total' && startsWith(r.name, '合计'))", document));
        Assert.Equal(true, TestRules.Evaluate("exists(income) && !exists(sangong) && !present(sangong)", document));
    }

    [Fact]
    public void Evaluate_DocumentGlobalsAndFacts_AreReachable()
    {
        var document = new DocumentBuilder().Fact("staff.actual", 42m).Build();

        Assert.Equal(2020m, TestRules.Evaluate("year", document));
        Assert.Equal("FinalAccounts", TestRules.Evaluate("kind", document));
        Assert.Equal("测试部门", TestRules.Evaluate("department", document));
        Assert.Equal(42m, TestRules.Evaluate("fact('staff.actual')", document));
        Assert.Null(TestRules.Evaluate("fact('vehicles')", document));
    }

    [Fact]
    public void Evaluate_Parameter_ResolvesFromRuleSetParameters()
    {
        var parameters = new Dictionary<string, object> { ["threshold"] = 90m, ["strict"] = true, ["level"] = "产出" };

        Assert.Equal(91m, TestRules.Evaluate("$threshold + 1", parameters: parameters));
        Assert.Equal(true, TestRules.Evaluate("$strict && $level == '产出'", parameters: parameters));
    }

    [Theory]
    [InlineData("1 + 'a'", "文本")]
    [InlineData("1 && true", "布尔值")]
    [InlineData("sum(projects, p => p.name)", "数值")]
    [InlineData("1 ? 2 : 3", "布尔值")]
    [InlineData("1 == 'a'", "类型不一致")]
    [InlineData("sum(projects, projects => 1)", "projects")]
    [InlineData("sum(1, x => x)", "集合")]
    [InlineData("round(1, 2, 3)", "round")]
    [InlineData("x => 1", "x => …")]
    [InlineData("exists(nosuch)", "nosuch")]
    public void Compile_IllTypedExpression_IsRejectedWithReason(string expression, string reason)
    {
        var ex = Assert.Throws<ExpressionException>(() => TestRules.Compile(expression));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }
}
