using Compliance.Documents.Model;
using static System.FormattableString;

namespace Compliance.Cli.Generation;

/// <summary>
/// The 情况说明 as claims and facts. Every number is read from the draft the tables are laid out from,
/// so each amount equals its table cell and each share is part / whole rounded to two decimals.
/// One claim per line; lines increase through the narrative.
/// </summary>
internal static class NarrativeFaker
{
    /// <summary>Line of the first claim: the narrative follows the tables in a printed disclosure.</summary>
    public const int FirstClaimLine = 300;

    public static IReadOnlyList<Claim> Claims(DocumentDraft draft)
    {
        var writer = new Writer(FirstClaimLine);
        var y = draft.Year;
        var (income, spending) = draft.IsFinal ? ("收入合计", "支出合计") : ("收入预算", "支出预算");
        var totalIncome = draft.IncomeTotal;
        var totalSpending = draft.ExpenditureTotal;

        writer.Amount("收入总计", draft.IncomeGrand, Invariant($"{y} 年度收入总计 {F(draft.IncomeGrand)} 万元。"));
        writer.Amount("本年收入合计", totalIncome, Invariant($"{y} 年度{income} {F(totalIncome)} 万元。"));
        writer.Amount("财政拨款收入", totalIncome, Invariant($"其中：财政拨款收入 {F(totalIncome)} 万元"));
        writer.Share("财政拨款收入", totalIncome, totalIncome, "本年收入");

        writer.Amount("本年支出合计", totalSpending, Invariant($"{y} 年度{spending} {F(totalSpending)} 万元。"));
        writer.Amount("基本支出", draft.BasicTotal, Invariant($"其中：基本支出 {F(draft.BasicTotal)} 万元"));
        writer.Share("基本支出", draft.BasicTotal, totalSpending, "本年支出");
        writer.Amount("项目支出", draft.ProjectTotal, Invariant($"项目支出 {F(draft.ProjectTotal)} 万元"));
        writer.Share("项目支出", draft.ProjectTotal, totalSpending, "本年支出");

        foreach (var (code, amount) in draft.ExpenditureByClass)
        {
            var name = ClassifiedRows.ClassName(code);
            writer.Amount(name, amount, Invariant($"{name} {F(amount)} 万元"));
            writer.Share(name, amount, totalSpending, "本年支出");
        }

        writer.Amount("人员经费", draft.PersonnelTotal, Invariant($"人员经费 {F(draft.PersonnelTotal)} 万元，主要包括基本工资、津贴补贴、绩效工资、社会保障缴费、住房公积金等"));
        writer.Amount("公用经费", draft.PublicTotal, Invariant($"公用经费 {F(draft.PublicTotal)} 万元，主要包括办公费、差旅费、维修（护）费、公务用车运行维护费等"));

        var sangong = draft.BookedSangong.Total;
        var sangongText = draft.IsFinal ? "支出决算为" : "预算数为";
        writer.Amount("“三公”经费", sangong, Invariant($"{y} 年度“三公”经费财政拨款{sangongText} {F(sangong)} 万元。"));

        var procurement = Money.Sum([
            draft.Procurement(ProcurementKind.Goods), draft.Procurement(ProcurementKind.Works), draft.Procurement(ProcurementKind.Services)]);
        writer.Amount("政府采购支出总额", procurement, Invariant($"{y} 年度{draft.Department.Name}政府采购支出总额 {F(procurement)} 万元。"));
        return writer.Claims;
    }

    /// <param name="draft">The document's amounts and department.</param>
    /// <param name="assetsLine">Line of the 国有资产占用情况 paragraph, after the claims, that states vehicles held.</param>
    public static IReadOnlyList<Fact> Facts(DocumentDraft draft, int assetsLine)
    {
        var d = draft.Department;
        return
        [
            new Fact { Key = "staff.authorized", Value = d.AuthorizedStaff, Text = Invariant($"编制人数 {d.AuthorizedStaff} 人"), Line = 41 },
            new Fact { Key = "staff.actual", Value = d.ActualStaff, Text = Invariant($"在职实有人数 {d.ActualStaff} 人"), Line = 42 },
            new Fact { Key = "vehicles", Value = d.Vehicles, Text = Invariant($"公务用车保有量 {d.Vehicles} 辆"), Line = assetsLine },
        ];
    }

    private static string F(decimal amount) => Money.Format(amount);

    private sealed class Writer(int firstLine)
    {
        private int line = firstLine;

        public List<Claim> Claims { get; } = [];

        public void Amount(string subject, decimal value, string excerpt) =>
            Add(new Claim { Kind = ClaimKind.Amount, Subject = subject, Value = value, Excerpt = excerpt });

        public void Share(string subject, decimal part, decimal whole, string basis)
        {
            var percent = Money.Percent(part, whole);
            Add(new Claim
            {
                Kind = ClaimKind.Share,
                Subject = subject,
                Value = percent,
                Basis = basis,
                Excerpt = Invariant($"{subject} {F(part)} 万元，占{basis} {F(percent)}%"),
            });
        }

        private void Add(Claim claim) => Claims.Add(claim with { Line = line++ });
    }
}
