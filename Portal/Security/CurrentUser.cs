using System.Security.Claims;

namespace Portal.Security;

/// <summary>Who the sign-in says the user is: id, name and role from the claims.</summary>
public sealed record CurrentUser(string Id, string Name, string? Role, string? Email)
{
    public bool IsAuthenticated => Id.Length > 0;

    /// <summary>How the records name this person, as <see cref="PortalUser.AuditName"/> does.</summary>
    public string AuditName => $"{Name} ({Id})";

    public static CurrentUser From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
            return new CurrentUser(string.Empty, "未登录", null, null);
        var id = principal.FindFirstValue(PortalClaims.UserId)
            ?? principal.FindFirstValue(PortalClaims.ObjectId)
            ?? principal.FindFirstValue(PortalClaims.ObjectIdUri)
            ?? principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? string.Empty;
        var name = principal.FindFirstValue("name") ?? principal.FindFirstValue(ClaimTypes.Name) ?? principal.Identity.Name ?? id;
        var email = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue("email");
        var role = PortalRoles.All.FirstOrDefault(principal.IsInRole);
        return new CurrentUser(id, name, role, email);
    }
}
