using System.Text;
using Compliance.Cli.Generation;
using Compliance.Documents.Json;
using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Generation;

public class GeneratedJsonTests
{
    [Theory]
    [InlineData(DocumentKind.Budget)]
    [InlineData(DocumentKind.FinalAccounts)]
    public void JsonRoundTrip_GeneratedDocument_PreservesValuesAndScale(DocumentKind kind)
    {
        var generator = new DocumentGenerator(8);
        for (var index = 1; index <= 10; index++)
        {
            var original = generator.Generate(index, kind);
            var json = DocumentJson.Write(original);

            var read = DocumentJson.Read(Encoding.UTF8.GetBytes(json), "generated.json");

            Assert.Equal(json, DocumentJson.Write(read));
            Assert.Equal(original.Info, read.Info);
            Assert.Empty(IdentityChecks.Violations(read));
            var originalCells = Cells(original);
            var readCells = Cells(read);
            Assert.Equal(originalCells.Count, readCells.Count);
            for (var i = 0; i < originalCells.Count; i++)
            {
                Assert.Equal(originalCells[i], readCells[i]);
                Assert.Equal(originalCells[i]?.Scale, readCells[i]?.Scale);
            }
        }
    }

    [Fact]
    public void Write_WholeAmount_PrintsTwoDecimals()
    {
        var document = new DocumentGenerator(8).Generate(1, DocumentKind.FinalAccounts);

        var json = DocumentJson.Write(document);

        Assert.Contains("\"weight\": 10", json, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"""(amount|total|basic|project|fiscal|general|budget|final)"": -?\d+,?\r?\n", json);
    }

    private static List<decimal?> Cells(Document document) =>
        document.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Values.Values))
            .Concat(document.Projects.SelectMany(p => p.ExpenditureLines.Concat(p.ProcurementLines).Select(l => l.Amount)))
            .Concat(document.SelfEvaluations.SelectMany(e => new[] { e.Budget, e.Executed, e.StatedRate, e.Score }))
            .Concat(document.Claims.Select(c => (decimal?)c.Value))
            .ToList();
}
