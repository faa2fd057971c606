using BenchmarkDotNet.Attributes;
using Compliance.Cli.Generation;
using Compliance.Cli.Generation.Throughput;
using Compliance.Documents;
using Compliance.Documents.Model;
using Compliance.Reports;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;

namespace Compliance.Benchmarks;

/// <summary>
/// The hot paths of a check, one benchmark each. Inputs are real: the shipped rule catalogue, the ~70 KB seed
/// disclosure and a peer PDF (read from ../shared, never copied into the repository), a generated document.
/// Run from the repository root: <c>dotnet bench/…/Compliance.Benchmarks.dll bdn</c>.
/// </summary>
[MemoryDiagnoser]
public class CoreBenchmarks : IDisposable
{
    private readonly RuleEngine engine = new();
    private string rules = "";
    private byte[] text = [];
    private byte[] pdf = [];
    private IReadOnlyList<RuleSet> sets = [];
    private Document document = null!;
    private CheckResult result = null!;
    private ReportRenderer renderer = null!;

    /// <summary>Where the repository is: the benchmark runs in a copy of itself under bin/, so the root is passed down.</summary>
    public static string Root { get; set; } = Environment.GetEnvironmentVariable("COMPLIANCE_REPO") ?? Directory.GetCurrentDirectory();

    [GlobalSetup]
    public void Setup()
    {
        rules = Path.Combine(Root, "rules");
        text = File.ReadAllBytes(Path.Combine(Root, "..", "shared", "seeds", "003_85eec20c42472130.txt"));
        pdf = File.ReadAllBytes(Directory.GetFiles(Path.Combine(Root, "..", "shared", "samples", "peer"), "*社会工作部*.pdf")[0]);
        sets = RuleSetLoader.LoadDirectory(rules);
        document = ThroughputCorpus.Build(8, 1)[3];
        result = engine.Check(document, sets);
        renderer = new ReportRenderer(new ReportsOptions(), TimeProvider.System);
    }

    /// <summary>Read, validate and compile every rule file (YAML → expression trees → delegates).</summary>
    [Benchmark]
    public IReadOnlyList<RuleSet> CompileRuleSets() => RuleSetLoader.LoadDirectory(rules);

    /// <summary>One generated final-accounts document (with an injected fault) against all 58 rules.</summary>
    [Benchmark]
    public CheckResult EvaluateDocument() => engine.Check(document, sets);

    /// <summary>Seed 003: 70 KB of disclosure text, 872 lines, final accounts with six self-evaluations.</summary>
    [Benchmark]
    public Document ParseText() => DocumentLoader.Load(text, "003_85eec20c42472130.txt");

    /// <summary>社会工作部 2024 final accounts, 246 KB PDF: pdftotext (a process) plus the text reader.</summary>
    [Benchmark]
    public Document ParsePdf() => DocumentLoader.Load(pdf, "社会工作部.pdf");

    /// <summary>The submission report of the evaluated document, as printable HTML.</summary>
    [Benchmark]
    public string RenderReport() => renderer.RenderSubmission(result, ReportFormat.Html);

    public void Dispose()
    {
        renderer?.Dispose();
        GC.SuppressFinalize(this);
    }
}
