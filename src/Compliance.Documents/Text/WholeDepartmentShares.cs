using Compliance.Documents.Model;

namespace Compliance.Documents.Text;

/// <summary>
/// The 部门整体支出绩效目标表 restates the budget's composition with shares (收入构成 财政拨款 604.4 占比 100;
/// 支出构成 基本支出 207.4 占比 …). Those printed figures are claims like any narrative sentence, so the
/// narrative rules check them against the tables (seed 001 prints 占比 100 for both 基本支出 and 项目支出).
/// </summary>
internal static class WholeDepartmentShares
{
    private static readonly string[] Parts = ["财政拨款", "其他资金", "基本支出", "项目支出"];

    public static IEnumerable<Claim> Read(IReadOnlyList<SourceLine> lines, IEnumerable<Project> projects)
    {
        foreach (var project in projects.Where(p => p.WholeDepartment && p.SourceLine is not null))
        {
            var start = lines.ToList().FindIndex(l => l.Number == project.SourceLine);
            string? basis = null;
            for (var i = start + 1; i >= 1 && i < lines.Count && i <= start + 40; i++)
            {
                var cells = lines[i].Filled;
                if (cells.Any(c => c.Text.Contains("收入构成", StringComparison.Ordinal)))
                {
                    basis = "收入合计";
                }
                else if (cells.Any(c => c.Text.Contains("支出构成", StringComparison.Ordinal)))
                {
                    basis = "支出合计";
                }

                var at = Index(cells);
                if (basis is null || at < 0 || at + 2 >= cells.Count || cells[at + 1].Amount is not { } amount || cells[at + 2].Amount is not { } share)
                {
                    continue;
                }

                var subject = Names.Key(cells[at].Text);
                var excerpt = string.Join(" ", cells.Select(c => c.Text));
                yield return new Claim { Kind = ClaimKind.Amount, Subject = subject, Value = amount, Line = lines[i].Number, Excerpt = excerpt };
                yield return new Claim { Kind = ClaimKind.Share, Subject = subject, Basis = basis, Value = share, Line = lines[i].Number, Excerpt = excerpt };
            }
        }
    }

    private static int Index(IReadOnlyList<Cell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (Parts.Contains(Names.Key(cells[i].Text)))
            {
                return i;
            }
        }

        return -1;
    }
}
