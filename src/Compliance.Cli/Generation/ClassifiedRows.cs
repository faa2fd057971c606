using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation;

/// <summary>
/// Lays functional leaves out as a 类/款/项 table body: the 合计 row, then each 类 followed by its 款 and
/// their 项, as 收入表, 支出表 and 一般公共预算支出表 print them. Parent cells are sums of child cells
/// (blank when every child is blank).
/// </summary>
internal static class ClassifiedRows
{
    private static readonly Dictionary<string, string> ClassNames =
        FunctionalClasses.All.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);

    public static string ClassName(string code) => ClassNames[code];

    /// <param name="leaves">The 项 leaves, any order.</param>
    /// <param name="columns">Column keys in printed order.</param>
    /// <param name="cell">The leaf's cell in a column; null for a blank cell.</param>
    public static IReadOnlyList<Row> Build(
        IReadOnlyList<FunctionalLeaf> leaves, IReadOnlyList<string> columns, Func<FunctionalLeaf, string, decimal?> cell)
    {
        var ordered = leaves.OrderBy(l => l.Item.Code, StringComparer.Ordinal).ToList();
        var rows = new List<Row> { Row("total", null, "合计", ordered, columns, cell) };
        foreach (var byClass in ordered.GroupBy(l => l.ClassCode, StringComparer.Ordinal))
        {
            rows.Add(Row(null, byClass.Key, ClassName(byClass.Key), byClass.ToList(), columns, cell));
            foreach (var bySubclass in byClass.GroupBy(l => l.Subclass.Code, StringComparer.Ordinal))
            {
                rows.Add(Row(null, bySubclass.Key, bySubclass.First().Subclass.Name, bySubclass.ToList(), columns, cell));
                rows.AddRange(bySubclass.Select(leaf => Row(null, leaf.Item.Code, leaf.Item.Name, [leaf], columns, cell)));
            }
        }

        return rows;
    }

    private static Row Row(
        string? key, string? code, string name, IReadOnlyList<FunctionalLeaf> leaves,
        IReadOnlyList<string> columns, Func<FunctionalLeaf, string, decimal?> cell)
    {
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            values[column] = Money.SumOrBlank(leaves.Select(leaf => cell(leaf, column)));
        }

        return new Row { Key = key, Code = code, Name = name, Values = values };
    }
}
