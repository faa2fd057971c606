using Bogus;
using Compliance.Documents.Model;
using static System.FormattableString;

namespace Compliance.Cli.Generation;

/// <summary>
/// Generates synthetic, internally consistent budget and final-accounts documents. Output depends only on
/// the seed, the index and the kind: the same arguments give the same document, in any order and process.
/// Every amount is a leaf with two decimals and every total is the exact sum of its parts, so a fault
/// injector can start from a clean document and know each finding it causes.
/// </summary>
internal sealed class DocumentGenerator(int seed)
{
    public int Seed { get; } = seed;

    /// <summary>The department of an index, shared by its budget and its final accounts.</summary>
    public DepartmentProfile Department(int index) => DepartmentProfile.Draw(new Randomizer(Mix(Seed, index, 0)));

    /// <summary>File name such as <c>0001-wuhan-dongxihu-big-data-center-2023-final.json</c>.</summary>
    public string FileName(int index, DocumentKind kind)
    {
        var department = Department(index);
        var suffix = kind == DocumentKind.Budget ? "budget" : "final";
        return Invariant($"{index:D4}-{department.Slug}-{department.Year}-{suffix}.json");
    }

    public Document Generate(int index, DocumentKind kind)
    {
        var random = new Randomizer(Mix(Seed, index, kind == DocumentKind.Budget ? 1 : 2));
        var draft = Draft(index, kind, random);
        var claims = NarrativeFaker.Claims(draft);
        return new Document
        {
            Info = new DocumentInfo { Department = draft.Department.Name, Year = draft.Year, Kind = kind, Unit = Units.TenThousandYuan },
            Tables = Tables(draft),
            Projects = [.. draft.Projects.Select(p => p.Project), .. WholeDepartmentTargets(random, draft)],
            SelfEvaluations = SelfEvaluationFaker.Draw(random, draft),
            Claims = claims,
            Facts = NarrativeFaker.Facts(draft, claims[^1].Line + 1),
        };
    }

    /// <summary>
    /// A budget publishes the 部门整体支出绩效目标表: targets for all of the department's spending. Final accounts
    /// report the same thing as the whole-department self-evaluation instead.
    /// </summary>
    private static IEnumerable<Project> WholeDepartmentTargets(Randomizer random, DocumentDraft draft)
    {
        if (draft.Kind != DocumentKind.Budget)
        {
            yield break;
        }

        var total = draft.ExpenditureTotal;
        yield return new Project
        {
            Name = draft.Department.Name,
            WholeDepartment = true,
            CurrentYearBudget = total,
            Indicators = IndicatorFaker.TargetsOnly(IndicatorFaker.Draw(random, total, total)),
        };
    }

    /// <summary>The leaf amounts of a document before layout; exposed for tests and fault injection.</summary>
    public DocumentDraft Draft(int index, DocumentKind kind) =>
        Draft(index, kind, new Randomizer(Mix(Seed, index, kind == DocumentKind.Budget ? 1 : 2)));

    private DocumentDraft Draft(int index, DocumentKind kind, Randomizer random)
    {
        var department = Department(index);
        var sangong = Sangong.Draw(random, department);
        var basic = BasicExpenditureFaker.Draw(random, department, sangong.Booked(kind));
        var projects = ProjectFaker.Draw(random, department, kind);
        var leaves = FunctionalLedger.Build(department.Template, basic, projects);
        return new DocumentDraft(department, kind, sangong, basic, projects, leaves);
    }

    private static IReadOnlyList<Table> Tables(DocumentDraft draft) =>
    [
        SummaryTables.Summary(draft),
        ClassifiedTables.Income(draft),
        ClassifiedTables.Expenditure(draft),
        SummaryTables.Fiscal(draft),
        ClassifiedTables.GeneralPublic(draft),
        DetailTables.GeneralPublicBasic(draft),
        DetailTables.Sangong(draft),
        DetailTables.GovernmentFund(draft),
        DetailTables.StateCapital(draft),
        DetailTables.Procurement(draft),
    ];

    // SplitMix64 finaliser: a fixed, platform-independent mix (HashCode.Combine is randomised per process).
    private static int Mix(int seed, int index, int stream)
    {
        unchecked
        {
            var x = ((ulong)(uint)seed << 32) ^ ((ulong)(uint)index << 4) ^ (ulong)stream;
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            x ^= x >> 31;
            return (int)(x & 0x7FFFFFFF);
        }
    }
}
