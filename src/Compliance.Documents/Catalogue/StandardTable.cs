namespace Compliance.Documents.Catalogue;

/// <summary>
/// A standard disclosure table as the catalogue knows it: a stable id that rules use, the usual
/// Chinese name, title keywords to recognise it by meaning, and the canonical columns and fixed rows.
/// </summary>
/// <param name="Id">Stable id used in rules, e.g. <c>summary</c>.</param>
/// <param name="Name">Usual Chinese name.</param>
/// <param name="TitleKeywords">Every keyword set that, all present in a title, identifies the table.</param>
/// <param name="Columns">Canonical columns.</param>
/// <param name="Rows">Fixed rows with canonical keys (classification rows are identified by code instead).</param>
public sealed record StandardTable(
    string Id,
    string Name,
    IReadOnlyList<IReadOnlyList<string>> TitleKeywords,
    IReadOnlyList<StandardColumn> Columns,
    IReadOnlyList<StandardRow> Rows)
{
    /// <summary>The canonical column with the key, or null.</summary>
    public StandardColumn? Column(string key) => Columns.FirstOrDefault(c => c.Key == key);

    /// <summary>The fixed row with the key, or null.</summary>
    public StandardRow? Row(string key) => Rows.FirstOrDefault(r => r.Key == key);
}

/// <summary>A canonical column: key, Chinese name and the header variants it is printed as.</summary>
public sealed record StandardColumn(string Key, string Name, IReadOnlyList<string> Synonyms);

/// <summary>A fixed row: key, Chinese name and the name variants it is printed as.</summary>
public sealed record StandardRow(string Key, string Name, IReadOnlyList<string> Synonyms);
