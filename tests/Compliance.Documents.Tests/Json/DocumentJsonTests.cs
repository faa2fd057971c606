using System.Text;
using System.Text.Json;
using Compliance.Documents;
using Compliance.Documents.Json;
using Compliance.Documents.Model;

namespace Compliance.Documents.Tests.Json;

public class DocumentJsonTests
{
    private static Document SampleWithEveryField() => new()
    {
        Info = new DocumentInfo { Department = "测试局", Year = 2020, Kind = DocumentKind.FinalAccounts, SourceFile = "a.json", SourceHash = "sha256:" + new string('0', 64) },
        Tables =
        [
            new Table
            {
                Id = "summary", Title = "收入支出决算总表", SourceLine = 3, StatedEmpty = false,
                Columns = [new Column("amount", "金额", "1")],
                Rows =
                [
                    new Row { Key = "income.total", LineNo = "27", Name = "本年收入合计", SourceLine = 30, Values = new Dictionary<string, decimal?> { ["amount"] = 35.70m } },
                    new Row { Code = "201", Name = "一般公共服务支出", Values = new Dictionary<string, decimal?> { ["amount"] = null } },
                ],
            },
        ],
        Projects =
        [
            new Project
            {
                Name = "网络运维", WholeDepartment = false, Code = "P1", TotalBudget = 200.00m, CurrentYearBudget = 197.60m, PriorYears = 0m, SourceLine = 90,
                ExpenditureLines = [new AmountLine { Name = "委托业务费", Code = "30227", Amount = 197.60m, SourceLine = 91 }],
                ProcurementLines = [new AmountLine { Name = "服务", Amount = 150m }],
                Indicators = [new Indicator { Level1 = "产出", Level2 = "数量", Name = "运维系统数", Target = "≥12 个", Actual = "12 个", Weight = 10m, Score = 10m, Explanation = "无", SourceLine = 95 }],
            },
        ],
        SelfEvaluations = [new SelfEvaluation { Subject = "网络运维", WholeDepartment = false, Budget = 197.6m, Executed = 190m, StatedRate = 96.15m, Weight = 10m, Score = 9.62m, TotalScore = 95m, Explanation = "无", SourceLine = 120 }],
        Claims = [new Claim { Kind = ClaimKind.Share, Subject = "财政拨款收入", Value = 100m, Basis = "本年收入", Line = 200, Excerpt = "占本年收入 100%" }],
        Facts = [new Fact { Key = "staff.actual", Value = 11m, Text = "在职实有人数 11 人", Line = 40 }],
    };

    [Fact]
    public void Write_ThenRead_PreservesValuesAndPrintedPrecision()
    {
        var original = SampleWithEveryField();

        var read = DocumentJson.Read(Encoding.UTF8.GetBytes(DocumentJson.Write(original)), "a.json");

        var row = read.Tables[0].Rows[0];
        Assert.Equal(35.70m, row.Value("amount"));
        Assert.Equal(2, row.Value("amount")!.Value.Scale);
        Assert.Equal("网络运维", read.Projects[0].Name);
        Assert.Equal(197.60m, read.Projects[0].CurrentYearBudget);
        Assert.Equal(ClaimKind.Share, read.Claims[0].Kind);
        Assert.Equal(DocumentKind.FinalAccounts, read.Info.Kind);
    }

    [Fact]
    public void Write_BlankCell_StaysNullNotZero()
    {
        var json = DocumentJson.Write(SampleWithEveryField());

        var read = DocumentJson.Read(Encoding.UTF8.GetBytes(json), "a.json");

        var blank = read.Tables[0].Rows[1];
        Assert.True(blank.Values.ContainsKey("amount"));
        Assert.Null(blank.Value("amount"));
        Assert.Contains("\"amount\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_KindAndAmounts_UseContractSpelling()
    {
        var json = DocumentJson.Write(SampleWithEveryField());

        Assert.Contains("\"kind\": \"FinalAccounts\"", json, StringComparison.Ordinal);
        Assert.Contains("35.70", json, StringComparison.Ordinal);
        Assert.Contains("测试局", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"info\": {\"department\": \"x\", \"year\": 2020, \"kind\": \"Budget\"}, \"tables\": [", "JSON 格式错误")]
    [InlineData("{\"info\": {\"department\": \"x\", \"year\": 2020, \"kind\": \"Budgte\"}}", "info.kind")]
    [InlineData("{\"tables\": []}", "info")]
    [InlineData("{\"info\": {\"department\": \"x\", \"year\": \"2020\", \"kind\": \"Budget\"}}", "info.year")]
    [InlineData("{\"info\": {\"department\": \"x\", \"year\": 1800, \"kind\": \"Budget\"}}", "1800")]
    [InlineData("null", "null")]
    public void Read_MalformedJson_ThrowsMessageNamingTheProblem(string json, string expected)
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentJson.Read(Encoding.UTF8.GetBytes(json), "bad.json"));

        Assert.StartsWith("bad.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateTable_IsRefused()
    {
        const string json = """
            {"info": {"department": "x", "year": 2020, "kind": "Budget"},
             "tables": [{"id": "summary", "title": "a"}, {"id": "summary", "title": "b"}]}
            """;

        var ex = Assert.Throws<DocumentReadException>(() => DocumentJson.Read(Encoding.UTF8.GetBytes(json), "dup.json"));

        Assert.Contains("summary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeeplyNestedJson_IsRefusedNotCrashing()
    {
        var json = "{\"info\": {\"department\": \"x\", \"year\": 2020, \"kind\": \"Budget\"}, \"tables\": " + new string('[', 5000) + new string(']', 5000) + "}";

        Assert.Throws<DocumentReadException>(() => DocumentJson.Read(Encoding.UTF8.GetBytes(json), "deep.json"));
    }

    [Fact]
    public void Read_Empty_IsRefused()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentJson.Read([], "empty.json"));

        Assert.Contains("为空", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_DescribesEveryPropertyTheWriterEmits()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "document.schema.json")));
        using var written = JsonDocument.Parse(DocumentJson.Write(SampleWithEveryField()));
        var missing = new List<string>();

        CollectMissing(written.RootElement, schema.RootElement, schema.RootElement, "$", missing);

        Assert.Empty(missing);
    }

    private static void CollectMissing(JsonElement value, JsonElement schemaNode, JsonElement root, string path, List<string> missing)
    {
        if (schemaNode.TryGetProperty("$ref", out var reference))
        {
            schemaNode = root.GetProperty("$defs").GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        if (value.ValueKind == JsonValueKind.Object && schemaNode.TryGetProperty("properties", out var properties))
        {
            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out var child))
                {
                    CollectMissing(property.Value, child, root, $"{path}.{property.Name}", missing);
                }
                else
                {
                    missing.Add($"{path}.{property.Name}");
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schemaNode.TryGetProperty("items", out var items))
        {
            foreach (var item in value.EnumerateArray())
            {
                CollectMissing(item, items, root, path + "[]", missing);
            }
        }
    }
}
