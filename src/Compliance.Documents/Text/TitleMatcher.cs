using Compliance.Documents.Catalogue;

namespace Compliance.Documents.Text;

/// <summary>Recognises the title line of a standard table by meaning: the catalogue keyword set that fits best.</summary>
internal static class TitleMatcher
{
    private const int MaxTitleLength = 60;

    private static readonly char[] Bullets = ['-', '•', ' '];

    public static StandardTable? Match(SourceLine line)
    {
        if (!line.Text.Contains('表', StringComparison.Ordinal) || line.Text.Length > 200)
        {
            return null;
        }

        var cells = line.Filled;
        if (cells.Count == 0 || cells.Count > 3)
        {
            return null;
        }

        for (var i = 1; i < cells.Count; i++)
        {
            if (!IsTitleTail(cells[i].Text))
            {
                return null;
            }
        }

        var title = Names.Key(cells[0].Text.TrimStart(Bullets));
        if (title.Length is < 4 or > MaxTitleLength || !title.Contains('表', StringComparison.Ordinal)
            || title.Contains('。', StringComparison.Ordinal) || title.Contains("说明", StringComparison.Ordinal)
            || title.Contains("情况", StringComparison.Ordinal) || title.Contains("绩效", StringComparison.Ordinal)
            || title.StartsWith('注'))
        {
            return null;
        }

        // The title proper ends at 表 (or 表 plus a number like 表1, (表1)); a sentence does not.
        var end = title.LastIndexOf('表');
        var tail = title[(end + 1)..];
        if (tail.Length > 6)
        {
            return null;
        }

        StandardTable? best = null;
        var bestScore = 0;
        foreach (var table in StandardTables.All)
        {
            foreach (var keywords in table.TitleKeywords)
            {
                if (!keywords.All(k => title.Contains(k, StringComparison.Ordinal)))
                {
                    continue;
                }

                var score = (keywords.Count * 100) + keywords.Sum(k => k.Length);
                if (score > bestScore)
                {
                    best = table;
                    bestScore = score;
                }
            }
        }

        return best;
    }

    private static bool IsTitleTail(string s) => s.StartsWith("单位", StringComparison.Ordinal) || s.StartsWith("金额单位", StringComparison.Ordinal)
        || s.StartsWith('表') || s.StartsWith("公开", StringComparison.Ordinal);
}
