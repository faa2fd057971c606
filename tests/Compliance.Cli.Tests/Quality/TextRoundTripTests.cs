using Compliance.Cli.Generation;
using Compliance.Cli.Generation.Text;
using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Quality;

public class TextRoundTripTests
{
    // What the disclosure reader does not recover today (reported to the reader's owner; see docs/quality.md).
    // The test fails on any other difference, and keeps passing as these are fixed.
    private static readonly HashSet<string> TabGaps =
    [
        "table:procurement",          // “政府采购支出决算表” scores higher as 支出表 (支出+表) than as 政府采购 in TitleMatcher
        "project:whole-department",   // 部门整体支出绩效目标表 is not read into a WholeDepartment project
    ];

    private static readonly HashSet<string> SpaceGaps =
    [
        .. TabGaps,
        "cell:fiscalSummary[income.grand].amount", // a line holding only a 行次 (29, 30, 31) is merged into 收入总计
        "evaluation.indicators",       // self-evaluation indicator rows are read only from tab-separated lines
        "project.indicators",          // a blank 指标值 cell shifts the remaining cells (space splitting drops blanks)
    ];

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_TabLayout_RecoversKeyFigures(int seed) => AssertRoundTrip(seed, SyntheticFormat.TextTab, TabGaps);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_SpaceLayout_RecoversKeyFigures(int seed) => AssertRoundTrip(seed, SyntheticFormat.TextSpace, SpaceGaps);

    [Fact]
    public void Render_FinalAccounts_PrintsTitlesUnitsAndNarrative()
    {
        var document = new DocumentGenerator(1).Generate(1, DocumentKind.FinalAccounts);

        var text = DisclosureTextRenderer.Render(document, TextLayout.Tab);

        Assert.StartsWith($"{document.Info.Department}{document.Info.Year}年度部门决算\n", text, StringComparison.Ordinal);
        Assert.Contains($"{document.Info.Year}年度收入支出决算总表（表1）\n", text, StringComparison.Ordinal);
        Assert.Contains("单位：万元", text, StringComparison.Ordinal);
        Assert.Contains("栏次", text, StringComparison.Ordinal);
        Assert.Contains("占本年收入 100.00%", text, StringComparison.Ordinal);
        Assert.Contains("在职实有人数", text, StringComparison.Ordinal);
        Assert.Contains("绩效自评表", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SpaceLayout_AlignsColumnsByCharacter()
    {
        var lines = new TextGrid("LR").Add("合计", "917.02").Add("一般公共服务支出", "836.77").Lines(TextLayout.Space).ToList();

        Assert.Equal(lines[0].Length, lines[1].Length);
        Assert.DoesNotContain('\t', lines[0]);
    }

    private static void AssertRoundTrip(int seed, SyntheticFormat format, HashSet<string> gaps)
    {
        var generator = new DocumentGenerator(seed);
        foreach (var kind in new[] { DocumentKind.Budget, DocumentKind.FinalAccounts })
        {
            var document = generator.Generate(1, kind);
            var read = QualityFixtures.ReadBack(document, format);

            var unexpected = RoundTrip.Differences(document, read).Where(d => !gaps.Contains(d.Key)).ToList();

            Assert.True(unexpected.Count == 0, $"seed {seed} {kind} {format.Name}: " + string.Join(" | ", unexpected.Select(d => d.Key + " " + d.Detail)));
        }
    }
}
