using Compliance.Documents.Catalogue;

namespace Compliance.Documents.Excel;

/// <summary>
/// Recognises a standard table by its printed title: every keyword of one of the table's keyword sets must occur,
/// and the table whose matching set is longest wins (政府采购支出表 is procurement, not expenditure).
/// </summary>
internal static class TableTitles
{
    public static StandardTable? Match(string title)
    {
        var text = SheetGrid.Normalize(title);
        StandardTable? best = null;
        var bestScore = 0;
        foreach (var table in StandardTables.All)
        {
            foreach (var keywords in table.TitleKeywords)
            {
                if (keywords.All(k => text.Contains(SheetGrid.Normalize(k), StringComparison.Ordinal)))
                {
                    var score = keywords.Sum(k => k.Length);
                    if (score > bestScore)
                    {
                        (best, bestScore) = (table, score);
                    }
                }
            }
        }

        return best;
    }
}
