using Compliance.Documents.Catalogue;

namespace Compliance.Documents.Text;

/// <summary>Maps printed row names to the catalogue's fixed-row keys.</summary>
internal static class RowKeys
{
    public static string? KeyOf(IEnumerable<StandardRow> rows, string printed)
    {
        var name = Names.Key(printed);
        if (name.Length == 0)
        {
            return null;
        }

        var candidates = rows.ToList();
        foreach (var row in candidates)
        {
            if (row.Synonyms.Any(s => Names.CachedKey(s) == name))
            {
                return row.Key;
            }
        }

        StandardRow? best = null;
        var bestLength = 0;
        foreach (var row in candidates)
        {
            foreach (var synonym in row.Synonyms.Select(Names.CachedKey))
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

    public static IEnumerable<StandardRow> IncomeSide(StandardTable table) => table.Rows.Where(r => r.Key.StartsWith("income.", StringComparison.Ordinal));

    public static IEnumerable<StandardRow> EconomicSide(StandardTable table) => table.Rows.Where(r => r.Key.StartsWith("economic.", StringComparison.Ordinal));

    public static IEnumerable<StandardRow> ExpenditureSide(StandardTable table) => table.Rows.Where(r => r.Key.StartsWith("expenditure.", StringComparison.Ordinal));
}
