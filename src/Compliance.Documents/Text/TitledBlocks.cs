namespace Compliance.Documents.Text;

/// <summary>
/// Finds tables printed as a title line followed by a body (自评表, 部门整体支出绩效目标表): the body runs until an
/// end line or a length limit, is read only when it looks like the table (a table of contents names the same
/// title), and its lines are then claimed so no other reader takes them.
/// </summary>
internal static class TitledBlocks
{
    public static List<T> Read<T>(
        IReadOnlyList<SourceLine> lines,
        ISet<int> claimed,
        Func<SourceLine, bool> isTitle,
        Func<SourceLine, bool> endsBefore,
        int maxLines,
        Func<List<SourceLine>, bool> isTable,
        Func<SourceLine, List<SourceLine>, T> read)
    {
        var result = new List<T>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!isTitle(lines[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && end - i < maxLines && !endsBefore(lines[end]))
            {
                end++;
            }

            var block = lines.Skip(i + 1).Take(end - i - 1).ToList();
            if (!isTable(block))
            {
                continue;
            }

            result.Add(read(lines[i], block));
            for (var k = i; k < end; k++)
            {
                claimed.Add(lines[k].Number);
            }

            i = end - 1;
        }

        return result;
    }
}
