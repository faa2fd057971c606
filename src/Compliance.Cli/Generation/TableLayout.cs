using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using static System.FormattableString;

namespace Compliance.Cli.Generation;

/// <summary>Titles, headers and fixed-row names as a 预算 or 决算 disclosure prints them.</summary>
internal static class TableLayout
{
    /// <summary>"2023年度收入支出决算总表（表1）", with 预算 in place of 决算 for budgets.</summary>
    public static string Title(DocumentDraft draft, string tableId, int number)
    {
        var name = StandardTables.Find(tableId)?.Name ?? tableId;
        if (tableId == StandardTables.Procurement)
        {
            name = "政府采购支出决算表";
        }

        if (!draft.IsFinal)
        {
            name = name.Replace("决算", "预算", StringComparison.Ordinal);
        }

        return Invariant($"{draft.Year}年度{name}（表{number}）");
    }

    /// <summary>Columns with 栏次 1, 2, … in the given order; headers are the catalogue names.</summary>
    public static IReadOnlyList<Column> Columns(string tableId, params string[] keys)
    {
        var table = StandardTables.Find(tableId);
        return keys
            .Select((key, i) => new Column(key, table?.Column(key)?.Name ?? key, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>The amount column, headed 决算数 or 预算数.</summary>
    public static Column Amount(DocumentDraft draft) => new("amount", draft.IsFinal ? "决算数" : "预算数", "1");

    /// <summary>The catalogue name of a fixed row.</summary>
    public static string RowName(string tableId, string rowKey) =>
        StandardTables.Find(tableId)?.Row(rowKey)?.Name ?? rowKey;

    /// <summary>A fixed row with a catalogue key.</summary>
    public static Row Fixed(string tableId, string key, string? lineNo, params (string Column, decimal? Value)[] values) => new()
    {
        Key = key,
        LineNo = lineNo,
        Name = RowName(tableId, key),
        Values = values.ToDictionary(v => v.Column, v => v.Value, StringComparer.Ordinal),
    };

    /// <summary>The 类 printed on the expenditure side of the summary tables: every class a department can report in that year.</summary>
    public static IReadOnlyList<(string Code, string Name)> PrintedClasses(int year) =>
        FunctionalClasses.All
            .Where(c => c.Code is not ("227" or "230" or "233"))
            .Where(c => c.Code != "234" || year is >= 2020 and <= 2022)
            .ToList();

    public static string Line(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
