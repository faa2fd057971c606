using Bogus;
using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using static System.FormattableString;

namespace Compliance.Cli.Generation.Linked;

/// <summary>
/// Consistent synthetic pairs and series for the cross-document benchmark. The generator draws a department's
/// budget and final accounts independently, so the final's restatement of the budget is made here, the way a
/// department writes it: the “三公” 年初预算 column, the 年初预算 of the general-public total and of each 类, the
/// projects' 年初预算资金 and one self-evaluation per budget project with the budget's targets. A series gets a
/// year N−1 document whose figures differ from year N by stated changes (“比 N−1 年度减少 …”).
/// </summary>
internal static class LinkedDocuments
{
    /// <summary>The budget of the index's department and its final accounts restating that budget.</summary>
    public static (Document Budget, Document Final) Pair(DocumentGenerator generator, int index)
    {
        var budget = generator.Generate(index, DocumentKind.Budget);
        var final = generator.Generate(index, DocumentKind.FinalAccounts);
        return (budget, Restate(budget, final));
    }

    private static Document Restate(Document budget, Document final)
    {
        var sangong = final.Table(StandardTables.Sangong);
        if (sangong is not null && budget.Table(StandardTables.Sangong) is { } published)
        {
            var rows = sangong.Rows.Select(r => published.Rows.FirstOrDefault(p => p.Key == r.Key)?.Value("budget") is { } b
                ? r with { Values = new Dictionary<string, decimal?>(r.Values, StringComparer.Ordinal) { ["budget"] = b } }
                : r).ToList();
            final = final with { Tables = final.Tables.Select(t => t.Id == sangong.Id ? sangong with { Rows = rows } : t).ToList() };
        }

        var projects = budget.Projects.Where(p => !p.WholeDepartment).ToList();
        var evaluations = final.SelfEvaluations.Where(e => e.WholeDepartment)
            .Concat(projects.Select(p => new SelfEvaluation
            {
                Subject = p.Name,
                Budget = p.CurrentYearBudget,
                Executed = p.CurrentYearBudget,
                StatedRate = 100m,
                Indicators = p.Indicators.Select(i => i with { Actual = i.Target }).ToList(),
            })).ToList();

        var line = (final.Claims.Count > 0 ? final.Claims.Max(c => c.Line) : 300) + 1;
        var claims = new List<Claim>();
        var generalPublic = budget.Table(StandardTables.GeneralPublic);
        if (generalPublic?.Rows.FirstOrDefault(r => r.Key == "total")?.Value("total") is { } total)
        {
            claims.Add(Amount("一般公共预算财政拨款支出 年初预算", total, line++, Invariant($"{final.Info.Year} 年度一般公共预算财政拨款支出年初预算为 {total} 万元")));
        }

        foreach (var row in generalPublic?.Rows.Where(r => r.Code is { Length: 3 } && r.Value("total") is not null) ?? [])
        {
            claims.Add(Amount(row.Name + " 年初预算", row.Value("total")!.Value, line++, Invariant($"{row.Name}年初预算为 {row.Value("total")} 万元")));
        }

        var projectTotal = projects.Sum(p => p.CurrentYearBudget ?? 0m);
        if (projects.Count > 0)
        {
            claims.Add(Amount("年初预算资金", projectTotal, line, Invariant($"共涉及项目 {projects.Count} 个，年初预算资金 {projectTotal} 万元")));
        }

        return final with { SelfEvaluations = evaluations, Claims = [.. final.Claims, .. claims] };
    }

    /// <summary>
    /// The index's document (year N) and a year N−1 document of the same kind: the prior year spent more on 三公
    /// and had other totals; year N states each change against it. Amounts change by whole hundredths.
    /// </summary>
    public static (Document Prior, Document Current) Series(DocumentGenerator generator, int index, DocumentKind kind, Randomizer random)
    {
        var current = generator.Generate(index, kind);
        var prior = current with { Info = current.Info with { Year = current.Info.Year - 1, SourceFile = null } };
        var basis = Invariant($"{prior.Info.Year}年度");
        var column = kind == DocumentKind.FinalAccounts ? "final" : "budget";
        var line = (current.Claims.Count > 0 ? current.Claims.Max(c => c.Line) : 300) + 1;
        var stated = new List<Claim>();

        if (current.Table(StandardTables.Sangong)?.Rows.FirstOrDefault(r => r.Key == "total")?.Value(column) is { } sangong)
        {
            var decrease = Money.Between(random, 0.50m, 5.00m);
            prior = SetTotal(prior, StandardTables.Sangong, "total", column, sangong + decrease);
            stated.Add(Change("“三公”经费财政拨款", -decrease, basis, line++, Invariant($"“三公”经费财政拨款比 {basis}减少 {decrease} 万元")));
        }

        if (current.Table(StandardTables.Summary)?.Rows.FirstOrDefault(r => r.Key == "income.grand")?.Value("amount") is { } grand)
        {
            var change = Money.Between(random, -50.00m, 50.00m);
            prior = SetTotal(prior, StandardTables.Summary, "income.grand", "amount", grand - change);
            stated.Add(Change("收支总计", change, basis, line++, Invariant($"与 {basis}相比，收支总计各{(change < 0 ? "减少" : "增加")} {Math.Abs(change)} 万元")));
        }

        // Named amounts: the prior year's figure differs by the stated change.
        var changes = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var subject in (string[])["基本支出", "项目支出"])
        {
            if (current.Claims.FirstOrDefault(c => c.Kind == ClaimKind.Amount && c.Subject == subject) is { } amount)
            {
                var change = Money.Between(random, -20.00m, 20.00m);
                changes[subject] = change;
                stated.Add(Change(subject, change, basis, line++, Invariant($"{subject}比 {basis}{(change < 0 ? "减少" : "增加")} {Math.Abs(change)} 万元")));
            }
        }

        prior = prior with
        {
            Claims = prior.Claims.Select(c => c.Kind == ClaimKind.Amount && changes.TryGetValue(c.Subject, out var d) ? c with { Value = c.Value - d } : c).ToList(),
        };
        return (prior, current with { Claims = [.. current.Claims, .. stated] });
    }

    private static Document SetTotal(Document document, string tableId, string key, string column, decimal value) =>
        document with
        {
            Tables = document.Tables.Select(t => t.Id != tableId ? t : t with
            {
                Rows = t.Rows.Select(r => r.Key != key ? r : r with
                {
                    Values = new Dictionary<string, decimal?>(r.Values, StringComparer.Ordinal) { [column] = value },
                }).ToList(),
            }).ToList(),
        };

    private static Claim Amount(string subject, decimal value, int line, string excerpt) =>
        new() { Kind = ClaimKind.Amount, Subject = subject, Value = value, Line = line, Excerpt = excerpt };

    private static Claim Change(string subject, decimal value, string basis, int line, string excerpt) =>
        new() { Kind = ClaimKind.Change, Subject = subject, Value = value, Basis = basis, Line = line, Excerpt = excerpt };
}
