using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Quality;

/// <summary>
/// Compares a generated document with what the disclosure reader recovers from its rendered text, on the figures
/// rules use: every table cell, project budgets, self-evaluation A/B/rate/score and indicators, claim values, facts.
/// Each difference is keyed by field (e.g. <c>cell:fiscalSummary[income.grand].amount</c>) so gaps can be named.
/// </summary>
internal static class RoundTrip
{
    public static IEnumerable<(string Key, string Detail)> Differences(Document expected, Document actual)
    {
        if (expected.Info.Department != actual.Info.Department || expected.Info.Year != actual.Info.Year || expected.Info.Kind != actual.Info.Kind)
        {
            yield return ("info", $"{expected.Info} → {actual.Info}");
        }

        foreach (var table in expected.Tables)
        {
            var read = actual.Table(table.Id);
            if (read is null)
            {
                yield return ("table:" + table.Id, table.Title);
                continue;
            }

            foreach (var row in table.Rows)
            {
                var match = read.Rows.FirstOrDefault(r => row.Key is not null ? r.Key == row.Key : r.Code == row.Code);
                foreach (var (column, value) in row.Values)
                {
                    var got = match?.Value(column);
                    if (got != value)
                    {
                        var rowId = row.Key ?? "@" + row.Code?.Length;
                        yield return ($"cell:{table.Id}[{rowId}].{column}", $"{row.Code} {row.Name}: {value} → {got}");
                    }
                }
            }
        }

        foreach (var project in expected.Projects)
        {
            var read = actual.Projects.FirstOrDefault(p => p.Name == project.Name && p.WholeDepartment == project.WholeDepartment);
            if (read is null)
            {
                yield return (project.WholeDepartment ? "project:whole-department" : "project", project.Name);
                continue;
            }

            if (read.CurrentYearBudget != project.CurrentYearBudget || read.TotalBudget != project.TotalBudget)
            {
                yield return ("project.budget", $"{project.Name}: {project.TotalBudget}/{project.CurrentYearBudget} → {read.TotalBudget}/{read.CurrentYearBudget}");
            }

            if (!project.Indicators.Select(i => (i.Name, i.Target)).SequenceEqual(read.Indicators.Select(i => (i.Name, i.Target))))
            {
                yield return ("project.indicators", $"{project.Name}: {project.Indicators.Count} → {read.Indicators.Count}");
            }
        }

        foreach (var evaluation in expected.SelfEvaluations)
        {
            var read = actual.SelfEvaluations.FirstOrDefault(e => e.Subject == evaluation.Subject);
            if (read is null)
            {
                yield return ("evaluation", evaluation.Subject);
                continue;
            }

            if ((read.Budget, read.Executed, read.StatedRate, read.Score, read.Weight, read.TotalScore)
                != (evaluation.Budget, evaluation.Executed, evaluation.StatedRate, evaluation.Score, evaluation.Weight, evaluation.TotalScore))
            {
                yield return ("evaluation.figures", $"{evaluation.Subject}: A {evaluation.Budget} B {evaluation.Executed} {evaluation.StatedRate}% {evaluation.Score} → A {read.Budget} B {read.Executed} {read.StatedRate}% {read.Score}");
            }

            if (!evaluation.Indicators.Select(i => (i.Name, i.Target, i.Actual, i.Score)).SequenceEqual(read.Indicators.Select(i => (i.Name, i.Target, i.Actual, i.Score))))
            {
                yield return ("evaluation.indicators", $"{evaluation.Subject}: {evaluation.Indicators.Count} → {read.Indicators.Count}");
            }
        }

        var claims = actual.Claims.ToList();
        foreach (var claim in expected.Claims)
        {
            var found = claims.FindIndex(c => c.Kind == claim.Kind && c.Value == claim.Value);
            if (found < 0)
            {
                yield return ("claim:" + claim.Kind, $"{claim.Subject} {claim.Value}");
            }
            else
            {
                claims.RemoveAt(found);
            }
        }

        foreach (var fact in expected.Facts)
        {
            if (actual.Fact(fact.Key)?.Value != fact.Value)
            {
                yield return ("fact:" + fact.Key, $"{fact.Value} → {actual.Fact(fact.Key)?.Value}");
            }
        }
    }
}
