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

            var document = Fragment(t, field);
            if (document is not null)
            {
                cases.Add(new RuleTestCase(ruleId, t.Name ?? $"{expect} #{i + 1}", expect == "fail", document));
            }
        }

        return cases;
    }

    private Document? Fragment(RuleTestFile t, string field)
    {
        var kind = t.Kind?.Trim() switch
        {
            null or "" or "FinalAccounts" or "final" => DocumentKind.FinalAccounts,
            "Budget" or "budget" => DocumentKind.Budget,
            _ => (DocumentKind?)null,
        };
        if (kind is null)
        {
            Error(field + ".Kind", "必须是 Budget 或 FinalAccounts");
            return null;
        }

        var info = new DocumentInfo { Department = "测试部门", Year = 2020, Kind = kind.Value };
        var document = new Document { Info = info };
        if (t.Document is { } json)
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
        foreach (var (reference, value) in t.Cells ?? [])
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
