using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Compliance.Documents;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Json;
using Compliance.Documents.Model;
using Compliance.Rules.Engine;
using Compliance.Rules.References;

namespace Compliance.Rules.Definitions;

internal sealed partial class RuleSetCompiler
{
    /// <summary>
    /// Builds each test case's document: <c>Cells</c> (reference → printed value, <c>~</c> for blank) become
    /// standard tables; <c>Document</c> is canonical JSON for projects, claims and anything cells cannot say.
    /// </summary>
    private List<RuleTestCase> BuildTests(RuleFile r, string ruleId)
    {
        var cases = new List<RuleTestCase>();
        foreach (var (t, i) in (r.Tests ?? []).Select((t, i) => (t, i)))
        {
            var field = $"Tests[{i}]";
            var expect = t.Expect?.Trim().ToLowerInvariant();
            if (expect is not ("pass" or "fail"))
            {
                Error(field + ".Expect", "必须是 pass 或 fail");
                continue;
            }

            var fragments = Fragments(t, field);
            if (fragments is { } f)
            {
                cases.Add(new RuleTestCase(ruleId, t.Name ?? $"{expect} #{i + 1}", expect == "fail", f.Document) { Other = f.Other });
            }
        }

        return cases;
    }

    /// <summary>
    /// The case's document and, in a cross-document set, the other one: cells with a role prefix
    /// (<c>budget.</c>, <c>prior.</c>) and <c>Other</c> JSON go to the budget of a pair (same year) or the prior
    /// year of a series (same kind); everything else to the document under check.
    /// </summary>
    private (Document Document, Document? Other)? Fragments(RuleTestFile t, string field)
    {
        var kind = t.Kind?.Trim() switch
        {
            null or "" or "FinalAccounts" or "final" => DocumentKind.FinalAccounts,
            "Budget" or "budget" => DocumentKind.Budget,
            _ => (DocumentKind?)null,
        };
        if (kind is null || (scope == RuleScope.Pair && kind != DocumentKind.FinalAccounts))
        {
            Error(field + ".Kind", scope == RuleScope.Pair ? "pair 规则集的受检文档是决算（FinalAccounts）" : "必须是 Budget 或 FinalAccounts");
            return null;
        }

        var cells = t.Cells ?? [];
        // In a pair the document under check is the final accounts, so "final." cells are its own.
        var own = cells.Where(c => !HasRole(c.Key) || c.Key.StartsWith(DocumentRoles.Final + ".", StringComparison.Ordinal))
            .ToDictionary(c => HasRole(c.Key) ? WithoutRole(c.Key) : c.Key, c => c.Value);
        var document = Fragment(new DocumentInfo { Department = "测试部门", Year = 2020, Kind = kind.Value }, t.Document, own, field);
        if (scope == RuleScope.Document)
        {
            if (t.Other is not null)
            {
                Error(field + ".Other", "只有 Scope: pair 或 series 的规则集才有另一份文档");
                return null;
            }

            return document is null ? null : (document, null);
        }

        var otherInfo = scope == RuleScope.Pair
            ? new DocumentInfo { Department = "测试部门", Year = 2020, Kind = DocumentKind.Budget, SourceFile = "budget-2020" }
            : new DocumentInfo { Department = "测试部门", Year = 2019, Kind = kind.Value, SourceFile = "prior-2019" };
        var linked = cells.Where(c => HasRole(c.Key) && !c.Key.StartsWith(DocumentRoles.Final + ".", StringComparison.Ordinal))
            .ToDictionary(c => WithoutRole(c.Key), c => c.Value);
        var other = Fragment(otherInfo, t.Other, linked, field);
        return document is null || other is null ? null : (document, other);
    }

    private static bool HasRole(string reference) =>
        reference.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 && DocumentRoles.All.Contains(reference[..dot])
        && reference.IndexOf('[', StringComparison.Ordinal) > dot;

    private Document? Fragment(DocumentInfo info, string? documentJson, Dictionary<string, string?> cells, string field)
    {
        var document = new Document { Info = info };
        if (documentJson is { } json)
        {
            try
            {
                var node = JsonNode.Parse(json) as JsonObject ?? throw new DocumentReadException("Document 必须是 JSON 对象");
                node["info"] ??= JsonNode.Parse(DocumentJson.Write(new Document { Info = info }))!["info"]!.DeepClone();
                document = DocumentJson.Read(Encoding.UTF8.GetBytes(node.ToJsonString()), $"{field}.Document");
            }
            catch (Exception ex) when (ex is DocumentReadException or System.Text.Json.JsonException)
            {
                Error(field + ".Document", ex.Message);
                return null;
            }
        }

        var tables = document.Tables.ToDictionary(x => x.Id, x => x, StringComparer.Ordinal);
        foreach (var (reference, value) in cells)
        {
            if (!TryCell(reference, value, field, out var cellRef, out var amount))
            {
                return null;
            }

            tables[cellRef.TableId] = WithCell(tables.GetValueOrDefault(cellRef.TableId), cellRef, amount);
        }

        return document with { Tables = [.. tables.Values] };
    }

    private bool TryCell(string reference, string? value, string field, out CellRef cellRef, out decimal? amount)
    {
        cellRef = null!;
        amount = null;
        try
        {
            cellRef = CellRefParser.Parse(reference);
        }
        catch (FormatException ex)
        {
            Error(field + ".Cells", ex.Message);
            return false;
        }

        if (cellRef.Rows.Count != 1 || cellRef.IsEach || cellRef.Rows[0] is RowSelector.ByLevel || cellRef.Column.StartsWith('#') || cellRef.Column == "*")
        {
            Error(field + ".Cells", $"“{reference}”必须指向单个单元格（行键、#行次、@编码或'行名'，以及栏名）");
            return false;
        }

        if (value is null or "~" or "" or "null")
        {
            return true;
        }

        if (!decimal.TryParse(value, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            Error(field + ".Cells", $"“{reference}”的值“{value}”不是数值");
            return false;
        }

        amount = parsed;
        return true;
    }

    private static Table WithCell(Table? table, CellRef cellRef, decimal? amount)
    {
        var standard = StandardTables.Find(cellRef.TableId)!;
        table ??= new Table { Id = standard.Id, Title = standard.Name };
        var selector = cellRef.Rows[0];
        var existing = table.Rows.FirstOrDefault(selector.Matches);
        var row = existing ?? NewRow(standard, selector);
        var updated = row with { Values = new Dictionary<string, decimal?>(row.Values) { [cellRef.Column] = amount } };
        var rows = existing is null
            ? [.. table.Rows, updated]
            : table.Rows.Select(x => ReferenceEquals(x, existing) ? updated : x).ToList();
        var columns = table.Column(cellRef.Column) is null
            ? [.. table.Columns, new Column(cellRef.Column, standard.Column(cellRef.Column)?.Name ?? cellRef.Column)]
            : table.Columns;
        return table with { Rows = rows, Columns = columns };
    }

    private static Row NewRow(StandardTable standard, RowSelector selector) => selector switch
    {
        RowSelector.ByKey k => new Row { Key = k.Key, Name = standard.Row(k.Key)?.Name ?? k.Key },
        RowSelector.ByCode c => new Row
        {
            Code = c.Code,
            Name = FunctionalClasses.All.FirstOrDefault(x => x.Code == c.Code).Name ?? c.Code,
        },
        RowSelector.ByLineNo l => new Row { LineNo = l.LineNo, Name = $"第{l.LineNo}行" },
        RowSelector.ByName n => new Row { Name = n.Name },
        _ => throw new InvalidOperationException("unreachable: selector validated above"),
    };
}
