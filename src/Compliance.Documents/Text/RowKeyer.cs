using Compliance.Documents.Catalogue;

namespace Compliance.Documents.Text;

/// <summary>
/// Names rows by meaning: fixed rows by catalogue key (side-aware on 收入 | 支出 summaries, where a
/// budget may print an economic side between them), classification rows by code.
/// </summary>
internal sealed class RowKeyer(StandardTable definition, bool multiSided, int economicSide)
{
    private readonly Dictionary<string, int> used = new(StringComparer.Ordinal);

    // The rows of each side of a summary, picked out of the catalogue once per table rather than for every printed name.
    private readonly Lazy<StandardRow[][]> sideRows = new(() =>
        [[.. RowKeys.IncomeSide(definition)], [.. RowKeys.EconomicSide(definition)], [.. RowKeys.ExpenditureSide(definition)]]);

    public bool MultiSided => multiSided;

    public string? KeyFor(int side, string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (definition.Id is StandardTables.Summary or StandardTables.FiscalSummary)
        {
            var rows = side == 0 ? sideRows.Value[0]
                : side == economicSide ? sideRows.Value[1]
                : sideRows.Value[2];
            return RowKeys.KeyOf(rows, name);
        }

        return RowKeys.KeyOf(definition.Rows, name);
    }

    /// <summary>The key for a row on <paramref name="line"/>, or null when the key is already taken.</summary>
    public string? Claim(string? key, int line, bool unnamedFirstRow)
    {
        if (key is not null && used.TryGetValue(key, out var firstLine))
        {
            // A second 本年收入合计 further down is the grand total printed under the wrong name.
            // The three sources repeated after 年初结转和结余 are its breakdown.
            var alternative = key.EndsWith(".total", StringComparison.Ordinal) ? key[..^6] + ".grand"
                : key == "total" && definition.Row("income.grand") is not null ? "income.grand"
                : key is "income.general" or "income.fund" or "income.capital" && used.ContainsKey("income.carryIn") ? "income.carryIn." + key[7..]
                : null;
            key = alternative is not null && firstLine != line && !used.ContainsKey(alternative) && definition.Row(alternative) is not null ? alternative : null;
        }

        if (key is null && unnamedFirstRow && !multiSided && definition.Row("total") is not null && !used.ContainsKey("total"))
        {
            // An unnamed first row of values is the table's total line.
            key = "total";
        }

        if (key is not null)
        {
            used[key] = line;
        }

        return key;
    }

    public string? CodeFor(int side, string? printedCode, string? key, string name) =>
        printedCode ?? (multiSided && side > 0 && side != economicSide && key is null ? FunctionalClasses.CodeOf(name) : null);
}
