namespace Compliance.Documents.Text;

/// <summary>
/// The 一级 / 二级 指标 of the national performance-target template. A table whose cells lost their
/// boundaries prints these names wrapped ("可持续" … "影响指标", "满意度指" / "标"), sometimes above and
/// below the rows they head, so the reader recognises them, and their pieces, by this vocabulary.
/// </summary>
internal static class IndicatorLevels
{
    private const string Suffix = "指标";

    // 成本 is a 二级 under 产出 in the older template and a 一级 of its own in the newer one.
    private static readonly (string Level1, string[] Level2)[] Template =
    [
        ("产出", ["数量", "质量", "时效", "成本"]),
        ("效益", ["经济效益", "社会效益", "生态效益", "可持续影响"]),
        ("满意度", ["服务对象满意度"]),
        ("成本", ["经济成本", "社会成本", "生态环境成本"]),
    ];

    // Shorter pieces ("数量", "社会") are too common in indicator names to be taken for a wrapped level name.
    private const int MinPiece = 3;

    /// <summary>
    /// Applies a printed level name, or the first piece of a wrapped one, to the current levels.
    /// Returns false when the word is not a level name.
    /// </summary>
    public static bool TryApply(string word, ref string level1, ref string level2)
    {
        var key = Names.Key(word);
        if (key.Length == 0)
        {
            return false;
        }

        // A 二级 of the current 一级 first, so 成本指标 under 产出 stays a 二级.
        if (Find(key, level1) is { } own)
        {
            level2 = own.Level2 + Suffix;
            return true;
        }

        foreach (var (first, _) in Template)
        {
            if (Matches(key, first))
            {
                if (first != level1)
                {
                    level1 = first;
                    level2 = "";
                }

                return true;
            }
        }

        if (Find(key, null) is { } any)
        {
            (level1, level2) = (any.Level1, any.Level2 + Suffix);
            return true;
        }

        return false;
    }

    /// <summary>The end of a wrapped level name alone on its line ("指标", "影响指标", "度指标", "标"): nothing to apply.</summary>
    public static bool IsWrapTail(string word)
    {
        var key = Names.Key(word);
        return key.Length > 0 && key.EndsWith('标') && Template
            .SelectMany(t => t.Level2.Append(t.Level1))
            .Any(n => (n + Suffix).EndsWith(key, StringComparison.Ordinal) && (n + Suffix).Length > key.Length);
    }

    /// <summary>The first 二级 the key names, under <paramref name="level1"/> only when one is given.</summary>
    private static (string Level1, string Level2)? Find(string key, string? level1)
    {
        foreach (var (l1, level2s) in Template)
        {
            if (level1 is not null && l1 != level1)
            {
                continue;
            }

            foreach (var l2 in level2s)
            {
                if (Matches(key, l2))
                {
                    return (l1, l2);
                }
            }
        }

        return null;
    }

    // The name, the name with 指标, or a piece of at least MinPiece from the start of the name with 指标. Every cell of every
    // indicator row is asked under several placements, so the name and 指标 are compared in place, not joined.
    private static bool Matches(string key, string name)
    {
        if (key == name)
        {
            return true;
        }

        var startsNamed = key.Length <= name.Length
            ? name.AsSpan().StartsWith(key)
            : key.Length <= name.Length + Suffix.Length && key.AsSpan().StartsWith(name) && Suffix.AsSpan().StartsWith(key.AsSpan(name.Length));
        return startsNamed && (key.Length == name.Length + Suffix.Length || key.Length >= MinPiece);
    }
}
