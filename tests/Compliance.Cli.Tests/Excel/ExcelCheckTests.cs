using System.Text.Json;
using Compliance.Cli.Generation;
using Compliance.Cli.Tests.Commands;
using Compliance.Documents;
using Compliance.Documents.Excel;
using Compliance.Documents.Model;

namespace Compliance.Cli.Tests.Excel;

public class ExcelCheckTests
{
    [Fact]
    public async Task Check_ExcelDraftWithWrongTotal_FindingNamesSheetAndCell()
    {
        using var folder = new TempFolder();
        var document = new DocumentGenerator(seed: 7).Generate(1, DocumentKind.FinalAccounts);
        var summary = document.Table("summary")!;
        var index = summary.Rows.ToList().FindIndex(r => r.Key == "income.total");
        var total = summary.Rows[index];
        var altered = total with { Values = new Dictionary<string, decimal?>(total.Values) { ["amount"] = total.Value("amount") + 1.00m } };
        document = document with
        {
            Tables = [.. document.Tables.Select(t => t.Id != "summary" ? t : t with { Rows = [.. t.Rows.Select(r => ReferenceEquals(r, total) ? altered : r)] })],
        };
        var path = folder.File("draft.xlsx");
        await using (var file = File.Create(path))
        {
            DraftWorkbook.Write(document, file);
        }

        var run = await CliRun.RunAsync("check", path, "--rules", RepoPaths.Rules, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "totals.summary.income-total");
        // Row 1 title, 2 unit line, 3 headers, 4 栏次: the summary's rows start at row 5, figures in column E.
        Assert.Equal($"表1!E{5 + index}", finding.GetProperty("location").GetProperty("cell").GetString());
        Assert.Equal(altered.Value("amount"), finding.GetProperty("stated").GetDecimal());
    }

    [Fact]
    public async Task Check_TextDocument_LocationHasNoCell()
    {
        var seed = Directory.GetFiles(Path.Combine(RepoPaths.Shared, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();

        var run = await CliRun.RunAsync("check", seed, "--rules", RepoPaths.Rules, "--format", "json");

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.NotEmpty(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.False(f.GetProperty("location").TryGetProperty("cell", out _)));
    }

    [Theory]
    [InlineData("budget", DocumentKind.Budget)]
    [InlineData("final", DocumentKind.FinalAccounts)]
    public async Task Template_WritesAWorkbookTheReaderRecognises(string kind, DocumentKind expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("template.xlsx");

        var run = await CliRun.RunAsync("template", "--kind", kind, "--year", "2025", "--out", path);

        Assert.Equal(0, run.ExitCode);
        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Load(path));
        Assert.Contains("填表说明!B3", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected == DocumentKind.Budget ? "部门预算" : "部门决算", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kind", "both", "--year", "2025")]
    [InlineData("--kind", "budget", "--year", "1800")]
    [InlineData("--kind", "budget")]
    public async Task Template_BadArguments_ExitThreeWithMessage(params string[] args)
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync(["template", .. args, "--out", folder.File("t.xlsx")]);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("compliance: ", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("t.xlsx")));
    }
}
