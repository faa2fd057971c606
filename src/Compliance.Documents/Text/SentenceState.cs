namespace Compliance.Documents.Text;

/// <summary>
/// What a sentence has said so far, so that a statement without a subject of its own ("占本年收入 100%",
/// "增长 190.8%", "完成年初预算的 69.0%") is attributed to the amount it follows, and budget stages
/// (年初预算 / 调整预算 / 决算) to the sentence's topic or the item heading's class.
/// </summary>
/// <param name="carried">The subject a sentence continues from the one before it, when it opens with its comparison (比 / 较).</param>
internal sealed class SentenceState(string? heading, string? comparedYear, bool afterProcurement, string? carried = null)
{
    private string? topic = heading;
    private string? lastSubject = carried;
    private string? firstSubject;
    private string? lastChangeBasis;
    private bool procurement = afterProcurement;

    /// <summary>The subject the sentence spoke of last.</summary>
    public string? LastSubject => lastSubject;

    /// <summary>True once the paragraph has stated a 政府采购 total: "包括：货物类 2.5 万元" in the next sentence is its part.</summary>
    public bool Procurement => procurement;

    public (string Subject, string? Basis) Amount(string own)
    {
        var (head, stage) = ClaimSubjects.SplitStage(own);
        var generic = head is "" or "支出" or "项目";
        string subject;
        if (stage is "年初预算" or "调整预算" or "全年预算")
        {
            // "一般公共预算财政拨款支出年初预算为 …，调整预算数为 …，支出决算为 …": one topic, three stages.
            if (!generic)
            {
                topic = head;
            }

            subject = topic is null ? stage : $"{topic} {stage}";
        }
        else if (stage is not null && generic && topic is not null)
        {
            subject = $"{topic} {stage}";
        }
        else if (stage is not null)
        {
            // "因公出国（境）费支出决算为 0 万元": a new subject's outturn is simply its amount.
            subject = generic ? own : ClaimSubjects.WithoutSpending(head);
        }
        else
        {
            subject = own.Length > 0 ? own : lastSubject ?? "";
        }

        var basis = (string?)null;
        if (ClaimSubjects.ProcurementPart(subject, procurement) is { } part)
        {
            // 政府采购支出总额 and its 货物 / 工程 / 服务 parts, all measured within 政府采购.
            subject = part;
            basis = "政府采购";
            procurement = true;
        }
        else if (subject.Contains("机关运行经费", StringComparison.Ordinal))
        {
            subject = "机关运行经费";
        }

        lastSubject = subject;
        firstSubject ??= subject;
        return (subject, basis);
    }

    public (string Subject, string? Basis) Share(string own, string basis)
    {
        var subject = own.Length > 0 ? own : lastSubject ?? "";
        var of = basis.Length > 0 ? basis : firstSubject != subject ? firstSubject : null;
        return (subject, of);
    }

    public (string Subject, string? Basis) Rate(string own, string basis)
    {
        var (head, stage) = ClaimSubjects.SplitStage(own);
        var subject = stage is null && head.Length > 0 ? head : topic ?? lastSubject ?? "";
        return (subject, basis);
    }

    public (string Subject, string? Basis) Change(string own, Model.ClaimKind kind)
    {
        // "比年初预算减少 25 万元": the comparison is the basis, the subject is the amount before it.
        var basis = comparedYear;
        var subject = own;
        var than = own.IndexOfAny(['比', '较']);
        if (than >= 0)
        {
            var against = own[(than + 1)..];
            subject = own[..than];
            // "比 2019 年预算增加": the year is what is compared; "比年初预算减少": the budget stage is.
            basis = basis is not null && against.Contains(basis[..4], StringComparison.Ordinal) ? basis
                : against.Contains("预算", StringComparison.Ordinal) ? ClaimSubjects.SplitStage(against).Stage ?? "预算"
                : basis ?? (against.Length > 0 ? against : null);
        }

        subject = ClaimSubjects.SplitStage(subject) is (var head, not null) && head.Length > 0 ? head : subject;
        if (subject.Length == 0 || subject.StartsWith('与'))
        {
            subject = lastSubject ?? "";
        }

        if (kind == Model.ClaimKind.Growth && basis is null)
        {
            basis = lastChangeBasis;
        }

        lastChangeBasis = basis;
        lastSubject = subject;
        return (subject, basis);
    }
}
