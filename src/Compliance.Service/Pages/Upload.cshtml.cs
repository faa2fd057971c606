using System.Globalization;
using Compliance.Service.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Compliance.Service.Pages;

/// <summary>
/// Upload through <see cref="SubmissionIntake"/>, the API's own path: the same checks of size, type and content, the
/// same storage and check-on-upload. A refusal is shown on the page (and as JSON to the page's script).
/// </summary>
internal sealed class UploadModel(SubmissionIntake intake, IOptions<UploadOptions> options) : PageModel
{
    public IReadOnlyList<string> Extensions => options.Value.Extensions;

    public long MaxBytes => options.Value.MaxBytes;

    public string MaxSizeLabel => MaxBytes >= 1024 * 1024
        ? (MaxBytes / (1024m * 1024m)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : MaxBytes.ToString(CultureInfo.InvariantCulture) + " 字节";

    public UploadError? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var stored = await intake.AcceptAsync(Request, User, cancellationToken);
            var location = $"/submissions/{stored.Submission.Id}";
            return FromScript ? new JsonResult(new { location, duplicate = !stored.Created }) : Redirect(location);
        }
        catch (UploadRejectedException ex)
        {
            return Refused(ex.Status, ex.Title, ex.Message);
        }
        catch (BadHttpRequestException ex)
        {
            return Refused(ex.StatusCode, "请求无法读取", ex.Message);
        }
    }

    /// <summary>The page's script sends the form itself to show upload progress and asks for JSON back.</summary>
    private bool FromScript => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);

    private IActionResult Refused(int status, string title, string detail)
    {
        Error = new UploadError(title, detail);
        Response.StatusCode = status;
        return FromScript ? new JsonResult(Error) { StatusCode = status } : Page();
    }
}

/// <summary>Why an upload was refused, as the uploader reads it.</summary>
internal sealed record UploadError(string Title, string Detail);
