using System.Globalization;
using Bogus;
using Compliance.Documents.Model;

namespace Compliance.Cli.Generation.Faults;

/// <summary>Immutable edits of a document that faults are built from: replace one cell, table, item or fact.</summary>
internal static class DocumentEdits
{
    /// <summary>A visible amount: at least 1.00 万元, so no printed-interval tolerance can absorb it.</summary>
    public static decimal Delta(Randomizer random) => Money.Between(random, 1.00m, 50.00m);

    public static Row? Row(Document document, string tableId, Func<Row, bool> match) =>
        document.Table(tableId)?.Rows.FirstOrDefault(match);

    public static bool HasCell(Document document, string tableId, Func<Row, bool> match, string column) =>
        Row(document, tableId, match)?.Value(column) is not null;

    /// <summary>Sets cells of the first matching row; other rows and tables are unchanged.</summary>
    public static Document SetCells(Document document, string tableId, Func<Row, bool> match, params (string Column, decimal? Value)[] cells)
    {
        var table = document.Table(tableId) ?? throw new InvalidOperationException("no table " + tableId);
        var target = table.Rows.First(match);
        var values = new Dictionary<string, decimal?>(target.Values, StringComparer.Ordinal);
        foreach (var (column, value) in cells)
        {
            values[column] = value;
        }

        var rows = table.Rows.Select(r => ReferenceEquals(r, target) ? r with { Values = values } : r).ToList();
        return ReplaceTable(document, table with { Rows = rows });
    }

    public static Document ReplaceTable(Document document, Table table) =>
        document with { Tables = document.Tables.Select(t => t.Id == table.Id ? table : t).ToList() };

    public static Document RemoveTable(Document document, string tableId) =>
        document with { Tables = document.Tables.Where(t => t.Id != tableId).ToList() };

    public static Document RemoveFact(Document document, string key) =>
        document with { Facts = document.Facts.Where(f => f.Key != key).ToList() };

    public static Document ReplaceEvaluation(Document document, SelfEvaluation old, SelfEvaluation replacement) =>
        document with { SelfEvaluations = document.SelfEvaluations.Select(e => ReferenceEquals(e, old) ? replacement : e).ToList() };

    public static Document ReplaceProject(Document document, Project old, Project replacement) =>
        document with { Projects = document.Projects.Select(p => ReferenceEquals(p, old) ? replacement : p).ToList() };

    public static Document ReplaceClaim(Document document, Claim old, Claim replacement) =>
        document with { Claims = document.Claims.Select(c => ReferenceEquals(c, old) ? replacement : c).ToList() };

    /// <summary>Inserts claims right after <paramref name="anchor"/>, on its line, so the narrative keeps its order.</summary>
    public static Document InsertClaimsAfter(Document document, Claim anchor, params Claim[] claims)
    {
        var list = document.Claims.ToList();
        list.InsertRange(list.IndexOf(anchor) + 1, claims.Select(c => c with { Line = anchor.Line }));
        return document with { Claims = list };
    }

    /// <summary>The claim with a new value; the excerpt prints the new value where it printed the old one.</summary>
    public static Claim WithValue(Claim claim, decimal value)
    {
        var old = Printed(Math.Abs(claim.Value));
        var excerpt = claim.Excerpt.Contains(old, StringComparison.Ordinal)
            ? claim.Excerpt.Replace(old, Printed(Math.Abs(value)), StringComparison.Ordinal)
            : claim.Excerpt;
        return claim with { Value = value, Excerpt = excerpt };
    }

    public static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> items, int index, T replacement) =>
        items.Select((item, i) => i == index ? replacement : item).ToList();

    public static string Printed(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static T Pick<T>(Randomizer random, IEnumerable<T> items) => random.ListItem(items.ToList());
}
