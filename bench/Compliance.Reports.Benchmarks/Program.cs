using System.Diagnostics;
using System.Globalization;
using Compliance.Documents.Model;
using Compliance.Reports;
using Compliance.Reports.Digest;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

// Weekly digest over 10,000 findings: 1,250 checks (8 findings each, a fixed pseudo-random mix of errors, warnings
// and execution-rate findings) of 250 departments. Scenario "spread": checks spread over nine weeks, resubmissions
// replacing earlier checks. Scenario "all-new": 1,250 distinct submissions all checked this week, so all 10,000 findings
// are open and new and the report lists every one (the worst case for rendering). Median of 20 rounds after 3 warm-ups.
const int Checks = 1250, PerCheck = 8, Departments = 250, Rounds = 20;
var week = new IsoWeek(2026, 2);
using var renderer = new ReportRenderer(new ReportsOptions(), TimeProvider.System);
foreach (var scenario in new[] { "spread", "all-new" })
{
    Run(scenario, Build(scenario == "all-new"));
}

List<SubmissionResult> Build(bool allNew)
{
    var random = new Random(20260112);
    var results = new List<SubmissionResult>(Checks);
    for (var c = 0; c < Checks; c++)
    {
        var department = $"第{c % Departments:D3}部门";
        var findings = Enumerable.Range(0, PerCheck).Select(i => new Finding
        {
            RuleId = i % 4 == 0 ? "execution-rate.self-evaluation.low" : $"totals.rule-{random.Next(40)}",
            RuleSet = i % 4 == 0 ? "execution-rate" : "totals",
            Severity = (Severity)random.Next(3),
            Message = $"“{department}”第 {i} 项合计与分项之和不符",
            Stated = random.Next(1, 100000) / 100m,
            Computed = i % 4 == 0 ? random.Next(3000, 9000) / 100m : random.Next(1, 100000) / 100m,
            Location = new Location { Table = "支出决算表", Row = $"{random.Next(30)}", Column = "合计", Line = random.Next(1, 900) },
        }).ToList();
        var info = new DocumentInfo { Department = department, Year = allNew ? 2020 + (c / Departments) : 2024, Kind = (DocumentKind)(c / Departments % 2), SourceFile = $"{c}.json" };
        var minutes = allNew ? random.Next(1, 7 * 24 * 60) : random.Next(1, 9 * 7 * 24 * 60);
        results.Add(new SubmissionResult(new CheckResult(info, [("totals", "sha256:0")], findings), week.End.AddMinutes(-minutes)));
}

return results;
}

void Run(string scenario, List<SubmissionResult> results)
{
    var digest = WeeklyDigest.Compute(results, week, TimeProvider.System);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"[{scenario}] {results.Sum(r => r.Result.Findings.Count)} findings, {results.Count} checks; week {digest.Week}: {digest.Checked} checks, {digest.Findings.Open} open, {digest.NewFindings.Count} new, {digest.Departments.Count} departments"));
    Measure("compute", () => WeeklyDigest.Compute(results, week, TimeProvider.System).Findings.Open);
    Measure("render html", () => renderer.RenderDigest(digest, ReportFormat.Html).Length);
    Measure("render md", () => renderer.RenderDigest(digest, ReportFormat.Markdown).Length);
    Measure("compute + html", () => renderer.RenderDigest(WeeklyDigest.Compute(results, week, TimeProvider.System), ReportFormat.Html).Length);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"html size {renderer.RenderDigest(digest, ReportFormat.Html).Length / 1024} KiB"));
}

static void Measure(string name, Func<int> run)
{
    for (var i = 0; i < 3; i++)
    {
        run();
    }

    var times = new List<double>(Rounds);
    for (var i = 0; i < Rounds; i++)
    {
        var sw = Stopwatch.StartNew();
        run();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {times[Rounds / 2],8:F1} ms median {times[0],8:F1} ms min"));
}
