using Compliance.Cli.Generation;
using Compliance.Documents.Model;
using Compliance.Rules.Findings;

namespace Compliance.Cli.Tests.Quality;

public class CleanDocumentTests
{
    public static TheoryData<string> Formats => ["json", "text-tab", "text-space"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Check_CleanGeneratedDocuments_NoErrorFindings(string formatName)
    {
        var format = SyntheticFormat.Find(formatName)!;
        foreach (var index in Enumerable.Range(1, 8))
        {
            foreach (var kind in new[] { DocumentKind.Budget, DocumentKind.FinalAccounts })
            {
                var errors = QualityFixtures.Check(QualityFixtures.Generator.Generate(index, kind), format)
                    .Where(f => f.Severity == Severity.Error).ToList();

                Assert.True(errors.Count == 0, $"#{index} {kind} {formatName}: " + string.Join(" | ", errors.Select(e => e.Message)));
            }
        }
    }
}
