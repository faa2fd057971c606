using Compliance.Documents.Model;

namespace Compliance.Documents.Tests;

/// <summary>Project performance-target tables printed as wrapped lines (one space between cells, long cells wrapped).</summary>
public class WrappedProjectTests
{
    private const string Seed000 = "seeds/000_a26962c5fc85fb3c.txt";

    // Same layout as seed 000, with other names and figures: a wrapped label, a wrapped header,
    // level names split above and below their rows, and a second table whose name sits under its label.
    private const string Wrapped = """
        某某区城市管理局2021年部门预算
        一、部门收支总体情况
        2021年部门收支总预算 500.00 万元。
        项目绩效目标申报表
        （2021年度）
        填报日期：2021年 2月 1日 单位：万元
        项目名称 道路照明设施维护费
        项目编码 421001-2021-003
        项目主管部门 区城市管理局 项目执行单位 路灯所
        项目总预算 120.50 项目当年预
        算
        96.2000
        项目前两年预
        算及当年预算
        变动情况
        2019年预算安排 80万元；
        项目年度
        绩效指标
        一级指标 二级指标 指标内容 指标值
        绩效标
        准
        产出指标
        数量指标 维护路灯 1200盏
        计划标准
        质量指标
        设施完好
        率
        ≥98%
        行业标准
        效益指标
        社会效益 夜间出行安
        全保障
        有效提升 历史标准
        指标
        满意度指
        标
        服务对象满意
        度指标
        沿线居民满
        意度
        ≥90% 计划标准
        项目名称
        公共厕所保洁经费
        项目总额 30 年度资金总额 30.00
        一级指标 二级指标 三级指标 指标值 绩效标准
        产出指标 数量指标 保洁公厕数量 45座 计划标准
        二、名词解释
        一般公共预算拨款收入 480.00 万元。
        """;

    [Fact]
    public void Read_Seed000_ReadsTheFourWrappedProjectTables()
    {
        var projects = Samples.Read(Seed000).Document.Projects;

        Assert.Equal(["网络传输建设运行费", "“民呼我应”网群科项目经费", "办公后勤保障经费", "党建工妇青经费"], projects.Select(p => p.Name));
        Assert.Equal([481.74m, 255.58m, 65.00m, 0.50m], projects.Select(p => p.TotalBudget!.Value));
        Assert.Equal([481.7400m, 255.5800m, 65.0000m, 0.5000m], projects.Select(p => p.CurrentYearBudget!.Value));
        // As printed: four decimals for the current-year figure.
        Assert.Equal(4, decimal.GetBits(projects[0].CurrentYearBudget!.Value)[3] >> 16 & 0xFF);
        Assert.All(projects, p => Assert.Equal(Units.TenThousandYuan, p.Unit));
        Assert.All(projects, p => Assert.Null(p.Code));
        Assert.Equal([9, 20, 6, 8], projects.Select(p => p.Indicators.Count));
    }

    [Fact]
    public void Read_Seed000_IndicatorsKeepLevelsNamesAndTargets()
    {
        var projects = Samples.Read(Seed000).Document.Projects;

        AssertIndicator(projects[0], "产出", "质量指标", "机房正常运行", "≥90%");
        AssertIndicator(projects[0], "产出", "成本指标", "年度维护成本增加率", "≦10%");
        AssertIndicator(projects[0], "效益", "可持续影响指标", "核心设备正常使用", "≥3年");
        AssertIndicator(projects[0], "满意度", "服务对象满意度指标", "指标 1：用户满意度", "≥90%");
        AssertIndicator(projects[1], "产出", "数量指标", "维护设备及系统数量", "12次/年");
        AssertIndicator(projects[1], "产出", "成本指标", "运维人员成本（年度）", "2人");
        AssertIndicator(projects[2], "产出", "质量指标", "软件、硬件开发及正常运行", "达标");
        AssertIndicator(projects[2], "满意度", "服务对象满意度指标", "内部使用人员满意度", "≥95%");
        AssertIndicator(projects[3], "产出", "数量指标", "开展党组织活动", "根据主题党日活动组织活动");
        AssertIndicator(projects[3], "产出", "数量指标", "开展教育培训", "发展积极分子、发展对象培训");
        AssertIndicator(projects[3], "产出", "质量指标", "完善党内阵地建设", "完善活动场地建设");
    }

    [Fact]
    public void Read_Seed000_ProjectTableLinesAreNotClaims()
    {
        var claims = Samples.Read(Seed000).Document.Claims;

        // 2018年预算安排 391万元 (line 454) is the table's 变动情况 cell, not a statement of the narrative.
        Assert.DoesNotContain(claims, c => c.Line is >= 421 and <= 1100);
        Assert.Contains(claims, c => c.Subject == "部门收支总预算" && c.Value == 1286.74m);
    }

    [Fact]
    public void Read_WrappedLayout_ReadsProjectsByLabelsAndLevelNames()
    {
        var result = Samples.Text(Wrapped);
        var projects = result.Document.Projects;

        Assert.Equal(2, projects.Count);
        var lighting = projects[0];
        Assert.Equal("道路照明设施维护费", lighting.Name);
        Assert.Equal("421001-2021-003", lighting.Code);
        Assert.Equal(120.50m, lighting.TotalBudget);
        Assert.Equal(96.2000m, lighting.CurrentYearBudget);
        Assert.Equal(Units.TenThousandYuan, lighting.Unit);
        Assert.Equal(4, lighting.Indicators.Count);
        AssertIndicator(lighting, "产出", "数量指标", "维护路灯", "1200盏");
        AssertIndicator(lighting, "产出", "质量指标", "设施完好率", "≥98%");
        AssertIndicator(lighting, "效益", "社会效益指标", "夜间出行安全保障", "有效提升");
        AssertIndicator(lighting, "满意度", "服务对象满意度指标", "沿线居民满意度", "≥90%");

        var toilets = projects[1];
        Assert.Equal("公共厕所保洁经费", toilets.Name);
        Assert.Equal(30m, toilets.TotalBudget);
        Assert.Equal(30.00m, toilets.CurrentYearBudget);
        AssertIndicator(toilets, "产出", "数量指标", "保洁公厕数量", "45座");
    }

    [Fact]
    public void Read_WrappedLayout_NarrativeAroundTheTablesStaysClaims()
    {
        var claims = Samples.Text(Wrapped).Document.Claims;

        Assert.Contains(claims, c => c.Value == 500.00m);
        Assert.Contains(claims, c => c.Value == 480.00m);
        Assert.DoesNotContain(claims, c => c.Value == 80m);
    }

    private static void AssertIndicator(Project project, string level1, string level2, string name, string target)
    {
        var indicator = Assert.Single(project.Indicators, i => i.Name == name);
        Assert.Equal(level1, indicator.Level1);
        Assert.Equal(level2, indicator.Level2);
        Assert.Equal(target, indicator.Target);
    }
}
