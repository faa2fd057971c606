namespace Compliance.Documents.Tests;

public class IndicatorTableTests
{
    // pdftotext -layout style: headers centred over their columns, a blank 实际完成值 and a blank 指标值 leave only a gap.
    private const string SpaceSelfEvaluation = """
        2023 年度社区治理经费项目支出绩效自评表
        项目名称           社区治理经费
        预算执行情况（万元）（10分）      预算数（A）   执行数（B）   执行率（B/A）   得分（10分*执行率）
                    年度财政资金总额          120.00      96.00        80.00%          8.00
        年度绩效指标  一级指标    二级指标      三级指标          年初目标值（A）   实际完成值（B）  分值   得分
                      产出指标    数量指标      培训社区干部      300 人次          320 人次        20      20
                                  质量指标      培训合格率        ≥95%                              20      0
                                  时效指标      完成时限                            12 月           10      10
                      满意度指标  服务对象满意度  居民满意度      ≥90%              92%             20      20
        总分                 58
        偏差原因分析及改进措施       培训合格率未统计，下年度建立考核台账。
        """;

    // Tab-separated: a merged label cell pulls the 满意度 row one cell left, and one row leaves 实际完成值 blank.
    private const string TabSelfEvaluation =
        "2023 年度社区治理经费项目支出绩效自评表\n"
        + "项目名称\t社区治理经费\t\t\t\t\t\n"
        + "预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）\n"
        + "\t年度财政资金总额\t120.00\t96.00\t80.00%\t8.00\n"
        + "年度绩效目标（90分）\t一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t\n"
        + "\t产出指标\t数量指标\t培训社区干部\t300 人次\t320 人次\t30\t\n"
        + "\t\t质量指标\t培训合格率\t≥95%\t\t0\t\n"
        + "满意度\t服务对象满意度指标\t居民满意度\t≥90%\t92%\t30\t\t\n"
        + "总分\t68\t\t\t\t\t\n"
        + "偏差原因分析及改进措施\t培训合格率未统计，下年度建立考核台账。\n";

    [Fact]
    public void Read_SpaceAlignedSelfEvaluation_KeepsBlankCellsInPlace()
    {
        var evaluation = Samples.Text(SpaceSelfEvaluation).Document.SelfEvaluations.Single();

        Assert.Equal(4, evaluation.Indicators.Count);
        var quality = evaluation.Indicators.Single(i => i.Name == "培训合格率");
        Assert.Equal("≥95%", quality.Target);
        Assert.Null(quality.Actual);
        Assert.Equal(20m, quality.Weight);
        Assert.Equal(0m, quality.Score);
        var deadline = evaluation.Indicators.Single(i => i.Name == "完成时限");
        Assert.Null(deadline.Target);
        Assert.Equal("12 月", deadline.Actual);
        Assert.Equal("质量指标", quality.Level2);
        Assert.Equal("满意度指标", evaluation.Indicators[^1].Level1);
        Assert.Equal(58m, evaluation.TotalScore);
    }

    [Fact]
    public void Read_TabSelfEvaluationWithMergedLabelAndBlankActual_ReadsEachCellOnce()
    {
        var evaluation = Samples.Text(TabSelfEvaluation).Document.SelfEvaluations.Single();

        Assert.Equal(3, evaluation.Indicators.Count);
        var quality = evaluation.Indicators.Single(i => i.Name == "培训合格率");
        Assert.Equal("≥95%", quality.Target);
        Assert.Null(quality.Actual);
        Assert.Equal(0m, quality.Score);
        var satisfaction = evaluation.Indicators.Single(i => i.Name == "居民满意度");
        Assert.Equal("满意度", satisfaction.Level1);
        Assert.Equal(("≥90%", "92%", 30m), (satisfaction.Target, satisfaction.Actual, satisfaction.Score));
        Assert.Equal(120.00m, evaluation.Budget);
    }

    [Fact]
    public void Read_SpaceAlignedWholeDepartmentTargets_ReadsIndicatorsAndBlankTarget()
    {
        const string text = """
            2024年部门整体支出绩效目标表
            部门名称      某某区城市管理局
            年度预算      5210.40
            一级指标      二级指标          指标名称              指标值        分值
            产出指标      数量指标          道路保洁面积          ≥120 万平方米    30
                          质量指标          保洁质量达标率                          20
            满意度指标    服务对象满意度    市民满意度            ≥90%            10
            """;

        var whole = Samples.Text(text).Document.Projects.Single(p => p.WholeDepartment);

        Assert.Equal(5210.40m, whole.CurrentYearBudget);
        Assert.Equal(3, whole.Indicators.Count);
        Assert.Equal(("产出", "≥120 万平方米", 30m), (whole.Indicators[0].Level1, whole.Indicators[0].Target, whole.Indicators[0].Weight));
        Assert.Null(whole.Indicators[1].Target);
        Assert.Equal(("产出", "质量指标", 20m), (whole.Indicators[1].Level1, whole.Indicators[1].Level2, whole.Indicators[1].Weight));
        Assert.Equal("满意度", whole.Indicators[2].Level1);
    }
}
