using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using static Compliance.Cli.Generation.TableLayout;

namespace Compliance.Cli.Generation;

/// <summary>收入表, 支出表 and 一般公共预算财政拨款支出表: one row per 类/款/项 the department has amounts in.</summary>
internal static class ClassifiedTables
{
    public static Table Income(DocumentDraft draft)
    {
        const string id = StandardTables.Income;
        string[] keys = ["total", "fiscal", "upper", "business", "operating", "subsidiary", "other"];
        var rows = ClassifiedRows.Build(draft.Leaves, keys, (leaf, column) => column switch
        {
            "total" or "fiscal" => leaf.Income,
            _ => null,
        });
        return new Table { Id = id, Title = Title(draft, id, 2), Columns = Columns(id, keys), Rows = rows };
    }

    public static Table Expenditure(DocumentDraft draft)
    {
        const string id = StandardTables.Expenditure;
        string[] keys = ["total", "basic", "project", "upper", "operating", "subsidiary"];
        var rows = ClassifiedRows.Build(draft.Leaves, keys, (leaf, column) => column switch
        {
            "total" => leaf.Expenditure,
            "basic" => Money.Blank(leaf.Basic),
            "project" => Money.Blank(leaf.Project),
            _ => null,
        });
        return new Table { Id = id, Title = Title(draft, id, 3), Columns = Columns(id, keys), Rows = rows };
    }

    public static Table GeneralPublic(DocumentDraft draft)
    {
        const string id = StandardTables.GeneralPublic;
        string[] keys = ["total", "basic", "project"];
        var rows = ClassifiedRows.Build(draft.Leaves, keys, (leaf, column) => column switch
        {
            "total" => leaf.Expenditure,
            "basic" => Money.Blank(leaf.Basic),
            _ => Money.Blank(leaf.Project),
        });
        return new Table { Id = id, Title = Title(draft, id, 5), Columns = Columns(id, keys), Rows = rows };
    }
}
