using Compliance.Cli.Commands;
using Compliance.Cli.Generation.Faults;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation.Throughput;

/// <summary>
/// The documents a throughput run checks: generated budgets and final accounts (alternating), and — so that the
/// rules have findings to build, as real submissions do — every document but each seventh one carries one fault of
/// a category in turn. Deterministic per seed; generated in parallel, before any timing starts.
/// </summary>
internal static class ThroughputCorpus
{
    public static IReadOnlyList<Document> Build(int count, int seed)
    {
        var generator = new DocumentGenerator(seed);
        var documents = new Document[count];
        Parallel.For(0, count, i =>
        {
            var index = i + 1;
            var kind = index % 2 == 0 ? DocumentKind.FinalAccounts : DocumentKind.Budget;
            var document = generator.Generate(index, kind);
            var slot = index % (FaultCategories.All.Count + 1);
            if (slot < FaultCategories.All.Count)
            {
                var category = FaultCategories.All[slot];
                document = FaultInjector.Inject(document, category, GenerateCommand.FaultRandom(seed, index, kind, category))?.Document ?? document;
            }

            documents[i] = document;
        });
        return documents;
    }
}
