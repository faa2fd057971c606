using System.Security.Claims;
using Compliance.Service.Auth;

namespace Compliance.Service.Pages.Infrastructure;

/// <summary>Who is signed in, as the layout and the pages show it.</summary>
internal sealed record Viewer(string KeyId, string? KeyName, string Role, string? Department)
{
    public bool IsBureau => Role == ApiRole.Bureau;

    public bool IsSupervisor => Role == ApiRole.Supervisor;

    public bool IsDepartment => Role == ApiRole.DepartmentKind;

    public bool MayUpload => IsBureau || IsDepartment;

    public bool ReadsAll => IsBureau || IsSupervisor;

    /// <summary>The role as a reader says it: 财政局 / 监督 / 部门 110101.</summary>
    public string RoleLabel => Role switch
    {
        ApiRole.Bureau => "财政局",
        ApiRole.Supervisor => "监督（人大 / 审计）",
        _ => $"部门 {Department}",
    };

    public static Viewer? Of(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { } id } && user.FindFirstValue(ClaimTypes.Role) is { } role
            ? new Viewer(id, user.FindFirstValue(PageAuth.KeyNameClaim), role, user.FindFirstValue(ApiRole.DepartmentClaim))
            : null;
}
