using Compliance.Service.Schedules;
using Compliance.Service.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Compliance.Service.Pages.Schedules;

/// <summary>Creates or edits a schedule through <see cref="ScheduleEditor"/>, the API's own path; a bad cron is shown, not stored.</summary>
internal sealed class EditModel(ScheduleStore store, ScheduleEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty]
    public ScheduleForm Form { get; set; } = new();

    public bool Exists { get; private set; }

    public ScheduleProblem? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Name is null)
        {
            return Page();
        }

        if (await store.GetAsync(Name, cancellationToken) is not { } schedule)
        {
            return NotFound();
        }

        Exists = true;
        Form = ScheduleForm.Of(schedule);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = (Name ?? Form.NewName ?? "").Trim();
        Exists = Name is not null;
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Form.Year))
        {
            if (!int.TryParse(Form.Year, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                return Refused(new ScheduleProblem("计划无效", $"年度“{Form.Year}”不是数字。"));
            }

            year = parsed;
        }

        var definition = new ScheduleDefinition
        {
            Cron = (Form.Cron ?? "").Trim(),
            TimeZone = string.IsNullOrWhiteSpace(Form.TimeZone) ? ScheduleJobs.DefaultTimeZone : Form.TimeZone.Trim(),
            Job = Form.Job ?? ScheduleJobs.Run,
            Enabled = Form.Enabled,
            Filter = Form.Job == ScheduleJobs.WeeklyReport ? null : new SubmissionFilter(Blank(Form.District), Blank(Form.Department), year, Blank(Form.Kind)),
        };
        var (saved, problem) = await editor.SaveAsync(name, definition, cancellationToken);
        if (saved is null)
        {
            return Refused(problem!);
        }

        TempData["Message"] = $"已保存计划 {saved.Name}。";
        return Redirect("/schedules");
    }

    private PageResult Refused(ScheduleProblem problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The edit form's fields, as typed.</summary>
internal sealed class ScheduleForm
{
    public string? NewName { get; set; }

    public string? Cron { get; set; }

    public string? TimeZone { get; set; } = ScheduleJobs.DefaultTimeZone;

    public string? Job { get; set; } = ScheduleJobs.Run;

    public bool Enabled { get; set; } = true;

    public string? District { get; set; }

    public string? Department { get; set; }

    public string? Year { get; set; }

    public string? Kind { get; set; }

    public static ScheduleForm Of(Schedule s) => new()
    {
        Cron = s.Cron,
        TimeZone = s.TimeZone,
        Job = s.Job,
        Enabled = s.Enabled,
        District = s.Filter?.District,
        Department = s.Filter?.Department,
        Year = s.Filter?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Kind = s.Filter?.Kind,
    };
}
