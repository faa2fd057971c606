namespace Compliance.Service.Auth;

/// <summary>The <c>Auth</c> section.</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// A bureau key accepted without being in the database, so the first real keys can be created.
    /// Empty disables it. Set it from the environment (Auth__BootstrapKey), never in a committed file.
    /// </summary>
    public string? BootstrapKey { get; set; }
}
