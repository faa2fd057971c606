using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;

namespace Compliance.Rules.Tests.Fixtures;

/// <summary>Builds small documents in code: standard tables by catalogue id, projects, evaluations, claims and facts.</summary>
internal sealed class DocumentBuilder
{
    private readonly List<Table> tables = [];
    private readonly List<Project> projects = [];
    private readonly List<SelfEvaluation> evaluations = [];
    private readonly List<Claim> claims = [];
    private readonly List<Fact> facts = [];

    public static Document Empty => new DocumentBuilder().Build();

    public DocumentBuilder Table(string id, Action<TableBuilder> build)
    {
        var builder = new TableBuilder(id);
        build(builder);
        tables.Add(builder.Build());
        return this;
    }

    public DocumentBuilder Project(Project project)
    {
        projects.Add(project);
        return this;
    }

    public DocumentBuilder Projects(IEnumerable<Project> items)
    {
        projects.AddRange(items);
        return this;
    }

    public DocumentBuilder SelfEvaluation(SelfEvaluation evaluation)
    {
        evaluations.Add(evaluation);
        return this;
    }

    public DocumentBuilder Claim(ClaimKind kind, string subject, decimal value, int line = 0, string excerpt = "")
    {
        claims.Add(new Claim { Kind = kind, Subject = subject, Value = value, Line = line, Excerpt = excerpt });
        return this;
    }

    public DocumentBuilder Fact(string key, decimal? value)
    {
        facts.Add(new Fact { Key = key, Value = value });
        return this;
    }

    public Document Build() => new()
    {
        Info = new DocumentInfo { Department = "测试部门", Year = 2020, Kind = DocumentKind.FinalAccounts },
        Tables = [.. tables],
        Projects = [.. projects],
        SelfEvaluations = [.. evaluations],
        Claims = [.. claims],
        Facts = [.. facts],
    };
}

/// <summary>Builds one standard table; row names and column headers default to the catalogue's.</summary>
internal sealed class TableBuilder(string id)
{
    private readonly StandardTable? standard = StandardTables.Find(id);
    private readonly List<Column> columns = [];
    private readonly List<Row> rows = [];

    public string? Title { get; set; }

    public bool StatedEmpty { get; set; }

    public int? SourceLine { get; set; }

    /// <summary>Declares a column with its printed header and 栏次 (otherwise columns are added as values name them).</summary>
    public TableBuilder Column(string key, string? header = null, string? number = null)
    {
        columns.RemoveAll(c => c.Key == key);
        columns.Add(new Column(key, header ?? HeaderOf(key), number));
        return this;
    }

    /// <summary>A fixed row by canonical key, e.g. <c>income.total</c>.</summary>
    public TableBuilder Key(string key, params (string Column, decimal? Value)[] values) =>
        Row(new Row { Key = key, Name = standard?.Row(key)?.Name ?? key }, values);

    /// <summary>A classification row by 科目编码.</summary>
    public TableBuilder Code(string code, params (string Column, decimal? Value)[] values) =>
        Row(new Row { Code = code, Name = FunctionalClasses.All.FirstOrDefault(c => c.Code == code).Name ?? $"科目{code}" }, values);

    /// <summary>Any row (use it to set 行次, SourceLine or a printed name); the values are added to it.</summary>
    public TableBuilder Row(Row row, params (string Column, decimal? Value)[] values)
    {
        var cells = new Dictionary<string, decimal?>(row.Values);
        foreach (var (column, value) in values)
        {
            cells[column] = value;
            if (!columns.Exists(c => c.Key == column))
            {
                columns.Add(new Column(column, HeaderOf(column)));
            }
        }

        rows.Add(row with { Values = cells });
        return this;
    }

    public Table Build() => new()
    {
        Id = id,
        Title = Title ?? standard?.Name ?? id,
        Columns = [.. columns],
        Rows = [.. rows],
        StatedEmpty = StatedEmpty,
        SourceLine = SourceLine,
    };

    private string HeaderOf(string key) => standard?.Column(key)?.Name ?? key;
}
