using Compliance.Cli.Generation;
using Compliance.Cli.Generation.Text;
using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Quality;

public class TextRoundTripTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_TabLayout_RecoversKeyFigures(int seed) => AssertRoundTrip(seed, SyntheticFormat.TextTab);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_SpaceLayout_RecoversKeyFigures(int seed) => AssertRoundTrip(seed, SyntheticFormat.TextSpace);

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

    private static void AssertRoundTrip(int seed, SyntheticFormat format)
    {
        var generator = new DocumentGenerator(seed);
        foreach (var kind in new[] { DocumentKind.Budget, DocumentKind.FinalAccounts })
        {
            var document = generator.Generate(1, kind);
            var read = QualityFixtures.ReadBack(document, format);

            var differences = RoundTrip.Differences(document, read).ToList();

            Assert.True(differences.Count == 0, $"seed {seed} {kind} {format.Name}: " + string.Join(" | ", differences.Select(d => d.Key + " " + d.Detail)));
        }
    }
}
