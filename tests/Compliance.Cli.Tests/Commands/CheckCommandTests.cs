using System.Text.Json;
using Compliance.Cli.Generation;
using Compliance.Documents.Json;
using Compliance.Documents.Model;
using Compliance.Rules.Definitions;
using Compliance.Rules.Engine;
using Compliance.Rules.Findings;

namespace Compliance.Cli.Tests.Commands;

public class CheckCommandTests
{
    private static readonly IReadOnlyList<RuleSet> ShippedRules = RuleSetLoader.LoadDirectory(RepoPaths.Rules);

    [Fact]
    public void Check_ThousandGeneratedDocuments_ReportNoErrors()
    {
        var generator = new DocumentGenerator(seed: 20260101);
        var engine = new RuleEngine();
        var errors = new List<string>();

        for (var i = 1; i <= 1000; i++)
        {
            var kind = i % 2 == 0 ? DocumentKind.Budget : DocumentKind.FinalAccounts;
            var result = engine.Check(generator.Generate(i, kind), ShippedRules);
            errors.AddRange(result.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"#{i} {f.RuleId}: {f.Message}"));
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public async Task Check_AlteredSangongTotal_ExitsTwoWithExactlyThatFinding()
    {
        using var folder = new TempFolder();
        var document = Alter(new DocumentGenerator(seed: 7).Generate(1, DocumentKind.FinalAccounts), "sangong", "total", "budget", +1.00m, out var original);
        var path = folder.File("altered.json");
        await File.WriteAllTextAsync(path, DocumentJson.Write(document));

        var run = await CliRun.RunAsync("check", path, "--rules", RepoPaths.Rules, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var finding = Assert.Single(findings);
        Assert.Equal("totals.sangong.composition", finding.GetProperty("ruleId").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(original + 1.00m, finding.GetProperty("stated").GetDecimal());
        Assert.Equal(original, finding.GetProperty("computed").GetDecimal());
        var location = finding.GetProperty("location");
        Assert.Equal(document.Table("sangong")!.Title, location.GetProperty("table").GetString());
        Assert.Equal("合计", location.GetProperty("row").GetString());
        Assert.Contains("预算", location.GetProperty("column").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Check_AlteredIncomeTotal_EveryErrorPointsAtTheAlteredFigure()
    {
        using var folder = new TempFolder();
        var document = Alter(new DocumentGenerator(seed: 11).Generate(2, DocumentKind.FinalAccounts), "summary", "income.total", "amount", -10.00m, out var original);
        var path = folder.File("altered.json");
        await File.WriteAllTextAsync(path, DocumentJson.Write(document));

        var run = await CliRun.RunAsync("check", path, "--rules", RepoPaths.Rules);

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains((original - 10.00m).ToString(System.Globalization.CultureInfo.InvariantCulture), f.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "totals.summary.income-total");
    }

    [Fact]
    public async Task Check_ConsistentDocument_ExitsZeroWithContractShape()
    {
        using var folder = new TempFolder();
        var document = new DocumentGenerator(seed: 3).Generate(1, DocumentKind.FinalAccounts);
        var path = folder.File("clean.json");
        await File.WriteAllTextAsync(path, DocumentJson.Write(document));

        var run = await CliRun.RunAsync("check", path, "--rules", RepoPaths.Rules, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(document.Info.Department, root.GetProperty("document").GetProperty("department").GetString());
        Assert.Equal("FinalAccounts", root.GetProperty("document").GetProperty("kind").GetString());
        Assert.Equal("clean.json", root.GetProperty("document").GetProperty("file").GetString());
        Assert.StartsWith("sha256:", root.GetProperty("ruleSets")[0].GetProperty("version").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, root.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Theory]
    [InlineData("md", "| 级别 |")]
    [InlineData("text", "错误 1")]
    public async Task Check_OtherFormats_RenderTheFindingInChinese(string format, string expected)
    {
        using var folder = new TempFolder();
        var document = Alter(new DocumentGenerator(seed: 7).Generate(1, DocumentKind.FinalAccounts), "sangong", "total", "budget", +1.00m, out _);
        var path = folder.File("altered.json");
        await File.WriteAllTextAsync(path, DocumentJson.Write(document));

        var run = await CliRun.RunAsync("check", path, "--rules", RepoPaths.Rules, "--format", format);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("≠", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OutOption_WritesFileInsteadOfStdout()
    {
        using var folder = new TempFolder();
        var path = folder.File("clean.json");
        await File.WriteAllTextAsync(path, DocumentJson.Write(new DocumentGenerator(seed: 3).Generate(1, DocumentKind.Budget)));

        var run = await CliRun.RunAsync("check", path, "--rules", RepoPaths.Rules, "--out", folder.File("findings.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("\"findings\"", await File.ReadAllTextAsync(folder.File("findings.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.json", "不存在")]
    [InlineData("empty.json", "为空")]
    [InlineData("broken.json", "JSON 格式错误")]
    [InlineData("binary.bin", "无法识别")]
    public async Task Check_UnreadableInput_ExitsThreeWithMessage(string name, string expected)
    {
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("empty.json"), []);
        await File.WriteAllTextAsync(folder.File("broken.json"), "{\"info\": {\"department\": ");
        await File.WriteAllBytesAsync(folder.File("binary.bin"), [0x00, 0xFF, 0xFE, 0x01, 0x02, 0x00, 0x9C, 0x80, 0x00, 0x00]);

        var run = await CliRun.RunAsync("check", folder.File(name), "--rules", RepoPaths.Rules);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Check_MalformedRuleFolder_ExitsThreeNamingFileRuleAndField()
    {
        using var folder = new TempFolder();
        var rules = Directory.CreateDirectory(folder.File("rules")).FullName;
        await File.WriteAllTextAsync(Path.Combine(rules, "bad.yaml"), "WorkflowName: bad\nRules:\n  - RuleName: r1\n    Kind: sum\n    Total: nosuch[x].amount\n    Parts: summary[income.general].amount\n");
        var doc = folder.File("doc.json");
        await File.WriteAllTextAsync(doc, DocumentJson.Write(new DocumentGenerator(seed: 3).Generate(1, DocumentKind.Budget)));

        var run = await CliRun.RunAsync("check", doc, "--rules", rules);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("bad.yaml", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("r1", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Total", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("nosuch", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "check" }, "需要一个文件")]
    [InlineData(new[] { "check", "a.json", "--format", "xml" }, "--format")]
    [InlineData(new[] { "check", "a.json", "--bogus" }, "未知选项")]
    [InlineData(new[] { "frobnicate" }, "未知命令")]
    public async Task Run_BadCommandLine_ExitsThree(string[] args, string expected)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }

    private static Document Alter(Document document, string tableId, string rowKey, string column, decimal delta, out decimal original)
    {
        var table = document.Table(tableId)!;
        var row = table.Rows.First(r => r.Key == rowKey);
        original = row.Value(column)!.Value;
        var altered = row with { Values = new Dictionary<string, decimal?>(row.Values) { [column] = original + delta } };
        var rows = table.Rows.Select(r => ReferenceEquals(r, row) ? altered : r).ToList();
        return document with { Tables = document.Tables.Select(t => ReferenceEquals(t, table) ? t with { Rows = rows } : t).ToList() };
    }
}
