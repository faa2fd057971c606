using Compliance.Cli.Generation;
using Compliance.Documents;
using Compliance.Documents.Excel;
using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Excel;

public class WorkbookRoundTripTests
{
    public static TheoryData<int> Seeds => [1, 7, 42, 2024, 31337];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RoundTrip_GeneratedDocuments_ReadBackTheSameDocument(int seed)
    {
        var generator = new DocumentGenerator(seed);
        var differences = new List<string>();

        for (var index = 1; index <= 12; index++)
        {
            foreach (var kind in new[] { DocumentKind.Budget, DocumentKind.FinalAccounts })
            {
                var document = generator.Generate(index, kind);
                using var workbook = new MemoryStream();
                DraftWorkbook.Write(document, workbook);

                var read = DocumentLoader.Load(workbook.ToArray(), "draft.xlsx");

                var expected = WorkbookCanonical.Json(document);
                var actual = WorkbookCanonical.Json(read);
                if (expected != actual)
                {
                    differences.Add($"seed {seed} #{index} {kind}: {FirstDifference(expected, actual)}");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(5)));
    }

    [Fact]
    public void RoundTrip_EveryValue_KeepsTheCellItWasReadFrom()
    {
        var document = new DocumentGenerator(seed: 3).Generate(1, DocumentKind.FinalAccounts);
        using var workbook = new MemoryStream();
        DraftWorkbook.Write(document, workbook);

        var read = DocumentLoader.Load(workbook.ToArray(), "draft.xlsx");

        var summary = read.Table("summary")!;
        var total = summary.Rows.Single(r => r.Key == "income.total");
        // Row 1 title, 2 unit line, 3 headers, 4 栏次, data from row 5; the first figure column is E.
        var index = summary.Rows.ToList().IndexOf(total);
        Assert.Equal($"表1!E{5 + index}", total.SourceCells!["amount"]);
        Assert.All(read.Tables.SelectMany(t => t.Rows), r => Assert.Equal(r.Values.Keys.Order(), r.SourceCells!.Keys.Order()));
        Assert.StartsWith("项目绩效目标!B", read.Projects[0].SourceCell, StringComparison.Ordinal);
        Assert.StartsWith("绩效自评!L", read.SelfEvaluations[0].Indicators[0].SourceCell, StringComparison.Ordinal);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i])
            {
                return $"line {i + 1}: expected {e[i].Trim()} got {a[i].Trim()}";
            }
        }

        return $"lengths {e.Length} vs {a.Length}";
    }
}
