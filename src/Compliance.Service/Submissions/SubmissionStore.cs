using System.Text;
using Compliance.Documents.Identity;
using Compliance.Service.Runs;
using Compliance.Service.Storage;
using Dapper;

namespace Compliance.Service.Submissions;

/// <summary>A stored submission, without its content.</summary>
internal sealed record SubmissionRecord(
    string Id, string Department, string? District, long Year, string Kind, string FileName, string? ContentType,
    string ContentHash, long SizeBytes, string ReceivedAt);

/// <summary>A submission about to be stored, with its original bytes and the parsed canonical document.</summary>
internal sealed record NewSubmission(
    string Department, string? District, int Year, string Kind, string FileName, string? ContentType,
    string ContentHash, byte[] Content, string DocumentJson, string DocumentDepartment);

/// <summary>Result of storing: the submission, whether it was new, and the check-on-upload run when it was.</summary>
internal sealed record StoredSubmission(SubmissionRecord Submission, bool Created, string? RunId);

internal sealed class SubmissionStore(IStoreDialect dialect, TimeProvider clock)
{
    private const string Columns = "id, department, district, year, kind, file_name, content_type, content_hash, size_bytes, received_at";

    /// <summary>
    /// Stores the submission, its file and its check-on-upload run in one transaction, so a failure leaves
    /// nothing behind; the same content from the same department returns the existing submission.
    /// </summary>
    public async Task<StoredSubmission> StoreAsync(NewSubmission s, string requestedBy, CancellationToken cancellationToken)
    {
        var now = UtcText.Format(clock.GetUtcNow());
        var id = Guid.NewGuid().ToString("N");
        var name = DepartmentName.Parse(s.Department);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
        var tx = write.Transaction;
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO submissions ({Columns}, document_json, department_unit, department_region, document_department)
            VALUES (@id, @Department, @District, @Year, @Kind, @FileName, @ContentType, @ContentHash, @size, @now, @DocumentJson, @unit, @region, @DocumentDepartment)
            ON CONFLICT (department, content_hash) DO NOTHING
            """,
            new
            {
                id, s.Department, s.District, s.Year, s.Kind, s.FileName, s.ContentType, s.ContentHash, size = (long)s.Content.Length, now, s.DocumentJson,
                unit = name.Unit, region = name.Regions.Count > 0 ? name.Regions[^1] : null, s.DocumentDepartment,
            },
            tx, cancellationToken: cancellationToken));
        string? runId = null;
        if (inserted == 1)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO submission_files (submission_id, content) VALUES (@id, @Content)", new { id, s.Content }, tx, cancellationToken: cancellationToken));
            runId = await RunStore.InsertRunAsync(connection, tx, RunKinds.Upload, null, requestedBy, null, [id], now, cancellationToken);
        }

        var stored = await connection.QuerySingleAsync<SubmissionRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM submissions WHERE department = @Department AND content_hash = @ContentHash",
            new { s.Department, s.ContentHash }, tx, cancellationToken: cancellationToken));
        await write.CommitAsync(cancellationToken);
        return new StoredSubmission(stored, inserted == 1, runId);
    }

    public async Task<SubmissionRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SubmissionRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM submissions WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<byte[]?> GetContentAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
            "SELECT content FROM submission_files WHERE submission_id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<SubmissionRecord>> ListAsync(SubmissionFilter filter, int limit, CancellationToken cancellationToken)
    {
        var (where, parameters) = filter.ToSql();
        parameters.Add("limit", (long)limit);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<SubmissionRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM submissions {where} ORDER BY received_at DESC, id LIMIT @limit", parameters, cancellationToken: cancellationToken))).ToList();
    }
}

/// <summary>Which submissions a listing or a batch run covers; null fields match anything.</summary>
internal sealed record SubmissionFilter(string? District = null, string? Department = null, int? Year = null, string? Kind = null)
{
    /// <summary>A WHERE clause built from the fields that are set (PostgreSQL cannot type an untyped null parameter).</summary>
    public (string Where, DynamicParameters Parameters) ToSql()
    {
        var clauses = new List<string>();
        var parameters = new DynamicParameters();
        Add(clauses, parameters, "district", District);
        Add(clauses, parameters, "department", Department);
        Add(clauses, parameters, "kind", Kind);
        if (Year is { } year)
        {
            clauses.Add("year = @year");
            parameters.Add("year", (long)year);
        }

        var where = new StringBuilder();
        if (clauses.Count > 0)
        {
            where.Append("WHERE ").AppendJoin(" AND ", clauses);
        }

        return (where.ToString(), parameters);
    }

    private static void Add(List<string> clauses, DynamicParameters parameters, string column, string? value)
    {
        if (value is not null)
        {
            clauses.Add($"{column} = @{column}");
            parameters.Add(column, value);
        }
    }
}
