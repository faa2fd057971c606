using Compliance.Documents.Identity;
using Compliance.Documents.Model;

namespace Compliance.Rules.Linking;

/// <summary>
/// Links documents of the same department (by <see cref="DepartmentName"/>): each year's budget with that
/// year's final accounts (a pair), and each document with the same kind of document of the year before (a series).
/// </summary>
public static class DocumentLinker
{
    /// <summary>Every pair and series among the documents; when a department has two documents of one kind and year, the first is used.</summary>
    public static IReadOnlyList<DocumentLink> Link(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var names = documents.Select(d => DepartmentName.Parse(d.Info.Department)).ToList();
        var links = new List<DocumentLink>();
        for (var i = 0; i < documents.Count; i++)
        {
            for (var j = 0; j < documents.Count; j++)
            {
                if (i == j || !names[i].SameAs(names[j]) || !FirstOfItsKind(documents, i) || !FirstOfItsKind(documents, j))
                {
                    continue;
                }

                var (a, b) = (documents[i].Info, documents[j].Info);
                if (a.Kind == DocumentKind.Budget && b.Kind == DocumentKind.FinalAccounts && a.Year == b.Year)
                {
                    links.Add(DocumentLink.Pair(documents[i], documents[j]));
                }
                else if (a.Kind == b.Kind && a.Year == b.Year - 1)
                {
                    links.Add(DocumentLink.Series(documents[i], documents[j]));
                }
            }
        }

        return links;
    }

    private static bool FirstOfItsKind(IReadOnlyList<Document> documents, int index)
    {
        var info = documents[index].Info;
        var name = DepartmentName.Parse(info.Department);
        for (var k = 0; k < index; k++)
        {
            var other = documents[k].Info;
            if (other.Kind == info.Kind && other.Year == info.Year && DepartmentName.Parse(other.Department).SameAs(name))
            {
                return false;
            }
        }

        return true;
    }
}
