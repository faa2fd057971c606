using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace Compliance.Service.Auth;

/// <summary>What a key may do: <c>bureau</c>, <c>supervisor</c> or <c>department:&lt;code&gt;</c>.</summary>
internal sealed record ApiRole(string Kind, string? Department)
{
    public const string Bureau = "bureau";
    public const string Supervisor = "supervisor";
    public const string DepartmentKind = "department";
    public const string DepartmentClaim = "compliance:department";

    public override string ToString() => Department is null ? Kind : $"{Kind}:{Department}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out ApiRole? role)
    {
        role = text switch
        {
            Bureau => new ApiRole(Bureau, null),
            Supervisor => new ApiRole(Supervisor, null),
            _ when text is not null && text.StartsWith(DepartmentKind + ":", StringComparison.Ordinal)
                && text.Length > DepartmentKind.Length + 1 && text.Length <= 100 => new ApiRole(DepartmentKind, text[(DepartmentKind.Length + 1)..]),
            _ => null,
        };
        return role is not null;
    }
}

/// <summary>Authorization policies by endpoint group.</summary>
internal static class Policies
{
    public const string Bureau = "bureau";
    public const string Upload = "upload";
    public const string ReadAll = "read-all";

    /// <summary>The department a caller is confined to, or null when it may see every department.</summary>
    public static string? DepartmentScope(this ClaimsPrincipal user) =>
        user.IsInRole(ApiRole.DepartmentKind) ? user.FindFirstValue(ApiRole.DepartmentClaim) : null;

    public static string Caller(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
