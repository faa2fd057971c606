using System.Security.Claims;
using System.Security.Cryptography;
using Compliance.Documents;
using Compliance.Documents.Json;
using Compliance.Documents.Model;
using Compliance.Service.Auth;
using Compliance.Service.Runs;
using Microsoft.Extensions.Options;

namespace Compliance.Service.Submissions;

/// <summary>An upload refused with a message the uploader can act on (HTTP 400, 413 or 415).</summary>
internal sealed class UploadRejectedException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}

/// <summary>Validates, parses and stores an upload, then dispatches its check. Nothing is stored unless all of it is.</summary>
internal sealed class SubmissionIntake(SubmissionStore store, RunDispatcher dispatcher, Checks.UploadChecks checks, IOptions<UploadOptions> options)
{
    public async Task<StoredSubmission> AcceptAsync(HttpRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new UploadRejectedException(415, "请求格式错误", "请以 multipart/form-data 上传，文件字段名为 file。");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file") ?? throw new UploadRejectedException(400, "缺少文件", "表单中没有名为 file 的文件。");
        var limits = options.Value;
        if (file.Length == 0)
        {
            throw new UploadRejectedException(400, "文件为空", $"{file.FileName}: 文件为空。");
        }

        if (file.Length > limits.MaxBytes)
        {
            throw new UploadRejectedException(413, "文件过大", $"{file.FileName}: 文件大小 {file.Length} 字节，超过 {limits.MaxBytes} 字节上限。");
        }

        var fileName = Path.GetFileName(file.FileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!limits.Extensions.Contains(extension, StringComparer.Ordinal))
        {
            throw new UploadRejectedException(415, "文件类型不支持", $"{fileName}: 只接受 {string.Join("、", limits.Extensions)} 文件。");
        }

        var contentType = file.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (contentType is { Length: > 0 } && !limits.ContentTypes.Contains(contentType, StringComparer.Ordinal))
        {
            throw new UploadRejectedException(415, "文件类型不支持", $"{fileName}: 内容类型 {contentType} 不被接受。");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        Document document;
        try
        {
            document = DocumentLoader.Load(content, fileName);
        }
        catch (DocumentReadException ex)
        {
            throw new UploadRejectedException(400, "文件无法读取", ex.Message);
        }

        var submission = new NewSubmission(
            Department(user, form["department"], document),
            Optional(form["district"]),
            Year(form["year"], document),
            Kind(form["kind"], document),
            fileName,
            contentType,
            "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content)),
            content,
            DocumentJson.Write(document),
            document.Info.Department);
        var stored = await store.StoreAsync(submission, user.Caller(), cancellationToken);
        if (stored.RunId is not null && !checks.TryQueue(new Checks.UploadCheck(stored.RunId, stored.Submission.Id, document)))
        {
            // Committed first, dispatched second: if dispatch fails the item stays pending and start-up re-dispatches it.
            await dispatcher.DispatchAsync(stored.RunId, [stored.Submission.Id], cancellationToken);
        }

        return stored;
    }

    /// <summary>A department key uploads only as itself; the bureau may name the department, else the document's is used.</summary>
    private static string Department(ClaimsPrincipal user, string? requested, Document document)
    {
        var own = user.DepartmentScope();
        requested = Optional(requested);
        if (own is not null)
        {
            return requested is null || requested == own
                ? own
                : throw new UploadRejectedException(403, "无权代其他部门上传", $"此密钥只能以部门 {own} 的名义上传。");
        }

        return requested ?? document.Info.Department;
    }

    private static int Year(string? requested, Document document) =>
        Optional(requested) is { } text
            ? int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100
                ? year
                : throw new UploadRejectedException(400, "年度无效", $"year “{text}” 不是有效的预算年度。")
            : document.Info.Year;

    private static string Kind(string? requested, Document document) =>
        Optional(requested) is { } text
            ? Enum.TryParse<DocumentKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
                ? kind.ToString()
                : throw new UploadRejectedException(400, "类型无效", $"kind “{text}” 应为 Budget 或 FinalAccounts。")
            : document.Info.Kind.ToString();

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
