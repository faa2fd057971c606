using Compliance.Tests.Shared;

namespace Compliance.Documents.Tests;

/// <summary>Every case of the generated bad-input corpus through <see cref="DocumentLoader"/>: a specific error or a partial read, never a crash or a hang.</summary>
public class BadInputCorpusTests
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Cases => BadInputCorpus.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Load_BadInput_GivesSpecificErrorOrPartialRead(string name)
    {
        var input = BadInputCorpus.Get(name);

        var outcome = await Task.Run(() => Attempt(input)).WaitAsync(PerInput);

        if (input.Outcome == BadInputOutcome.Partial)
        {
            Assert.True(outcome.Result is not null, $"{name}: {outcome.Error?.Message}");
        }
        else
        {
            Assert.True(outcome.Error is not null, $"{name} was read: {outcome.Result?.Document.Tables.Count} tables");
            Assert.Contains(input.FileName, outcome.Error.Message, StringComparison.Ordinal);
            Assert.Contains(input.MessagePart, outcome.Error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("gb18030-text")]
    [InlineData("utf16le-bom-text")]
    [InlineData("utf16be-bom-text")]
    [InlineData("utf16le-no-bom-text")]
    public void Load_OtherEncodingsOfTheSeed_ReadTheSameTablesAsUtf8(string name)
    {
        var utf8 = DocumentLoader.LoadWithStatistics(System.Text.Encoding.UTF8.GetBytes(BadInputCorpus.Seed()), "seed.txt");

        var other = DocumentLoader.LoadWithStatistics(BadInputCorpus.Get(name).Content, "seed.txt");

        Assert.NotEmpty(utf8.Document.Tables);
        Assert.Equal(utf8.Statistics.Tables, other.Statistics.Tables);
        Assert.Equal(DocumentJsonWithoutHash(utf8), DocumentJsonWithoutHash(other));
    }

    [Fact]
    public void Load_TextWithoutTables_ReadsNarrativeAndReportsNoTables()
    {
        var result = DocumentLoader.LoadWithStatistics(BadInputCorpus.Get("text-without-tables").Content, "narrative.txt");

        Assert.Empty(result.Document.Tables);
        Assert.Equal(0, result.Statistics.NumericTableLines);
        Assert.NotEmpty(result.Document.Claims);
    }

    [Fact]
    public void Load_TextWithOddNumbers_LeavesThemUnmappedAndSaysWhich()
    {
        var result = DocumentLoader.LoadWithStatistics(BadInputCorpus.Get("text-odd-numbers").Content, "odd.txt");

        var values = result.Document.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Values.Values).OfType<decimal>().ToList();
        Assert.DoesNotContain(1.2m, values);
        Assert.DoesNotContain(123.4m, values);
        Assert.DoesNotContain(12345m, values);
        Assert.NotEmpty(result.Document.Tables);
    }

    [Fact]
    public void Load_FiguresBeyondDecimalInNarrative_AreNoClaimsOrFacts()
    {
        var text = "测试局2024年度部门决算\n本年支出合计99999999999999999999999999999999.99万元，比上年增加1.00万元。\n在职实有人数 99999999999999999999999999999999 人，共有车辆 3 辆。\n";

        var document = DocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(text), "enormous.txt");

        Assert.DoesNotContain(document.Claims, c => c.Value > 1_000_000m);
        Assert.Equal(3m, Assert.Single(document.Facts).Value);
    }

    private static string DocumentJsonWithoutHash(DisclosureReadResult result) =>
        Compliance.Documents.Json.DocumentJson.Write(result.Document with { Info = result.Document.Info with { SourceHash = null } });

    private static (DisclosureReadResult? Result, DocumentReadException? Error) Attempt(BadInput input)
    {
        try
        {
            return (DocumentLoader.LoadWithStatistics(input.Content, input.FileName), null);
        }
        catch (DocumentReadException ex)
        {
            return (null, ex);
        }
    }
}
