using System.Text;
using Compliance.Cli.Generation;
using Compliance.Cli.Generation.Faults;
using Compliance.Documents;
using Compliance.Documents.Model;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Cli.Tests.Quality;

/// <summary>Shared generator, shipped rules and the write → read → check path the benchmark uses.</summary>
internal static class QualityFixtures
{
    public const int Seed = 7;

    private static readonly Lazy<IReadOnlyList<RuleSet>> Rules = new(() => RuleSetLoader.LoadDirectory(RepoPaths.Rules));

    public static DocumentGenerator Generator { get; } = new(Seed);

    public static IReadOnlyList<RuleSet> RuleSets => Rules.Value;

    /// <summary>Writes the document in the format, reads it back as a submitted file and checks it.</summary>
    public static IReadOnlyList<Finding> Check(Document document, SyntheticFormat format)
    {
        var read = ReadBack(document, format);
        return new RuleEngine().Check(read, RuleSets).Findings;
    }

    public static Document ReadBack(Document document, SyntheticFormat format) =>
        DocumentLoader.Load(Encoding.UTF8.GetBytes(format.Write(document)), "doc" + format.Extension);

    /// <summary>The first generated documents (both kinds, indices 1…) the fault applies to.</summary>
    public static IEnumerable<(Document Document, int Index, DocumentKind Kind)> Applicable(Fault fault, int take) =>
        Enumerable.Range(1, 40)
            .SelectMany(i => new[] { DocumentKind.Budget, DocumentKind.FinalAccounts }.Select(k => (Index: i, Kind: k)))
            .Select(x => (Document: Generator.Generate(x.Index, x.Kind), x.Index, x.Kind))
            .Where(x => fault.Applies(x.Document))
            .Take(take);
}
