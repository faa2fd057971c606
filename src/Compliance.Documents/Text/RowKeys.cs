using System.Runtime.CompilerServices;
using Compliance.Documents.Catalogue;

namespace Compliance.Documents.Text;

/// <summary>Maps printed row names to the catalogue's fixed-row keys.</summary>
internal static class RowKeys
{
    public static string? KeyOf(IReadOnlyList<StandardRow> rows, string printed)
    {
        var name = Names.Key(printed);
        if (name.Length == 0)
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (Array.IndexOf(SynonymKeys(row), name) >= 0)
            {
                return row.Key;
            }
        }

        StandardRow? best = null;
        var bestLength = 0;
        foreach (var row in rows)
        {
            foreach (var synonym in SynonymKeys(row))
            {
                if (synonym.Length > bestLength && synonym.Length >= 4 && name.StartsWith(synonym, StringComparison.Ordinal))
                {
                    best = row;
                    bestLength = synonym.Length;
                }
            }
        }

        return best?.Key;
    }

    // Every printed row name is compared with every synonym of its table; their keys are kept with the catalogue row
    // (found by reference) rather than looked up by string in the name cache each time.
    private static readonly ConditionalWeakTable<StandardRow, string[]> Keys = [];

    private static string[] SynonymKeys(StandardRow row) => Keys.GetValue(row, r => [.. r.Synonyms.Select(Names.CachedKey)]);

    public static IEnumerable<StandardRow> IncomeSide(StandardTable table) => table.Rows.Where(r => r.Key.StartsWith("income.", StringComparison.Ordinal));

    public static IEnumerable<StandardRow> EconomicSide(StandardTable table) => table.Rows.Where(r => r.Key.StartsWith("economic.", StringComparison.Ordinal));

    public static IEnumerable<StandardRow> ExpenditureSide(StandardTable table) => table.Rows.Where(r => r.Key.StartsWith("expenditure.", StringComparison.Ordinal));
}
