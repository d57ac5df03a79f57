using System.Security.Claims;

namespace Portal.Security;

/// <summary>Who is using the portal, read from the sign-in's claims.</summary>
public sealed record CurrentUser(string Id, string Name, string? Role, string? StreetCode)
{
    public bool IsManager => Role == PortalRoles.Manager;

    public bool IsStreetStaff => Role == PortalRoles.StreetStaff;

    /// <summary>How the user appears in the audit trail: name and stable id.</summary>
    public string AuditName => $"{Name} ({Id})";

    public static CurrentUser From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var id = principal.FindFirstValue(PortalClaims.UserId) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? principal.Identity?.Name ?? id;
        var role = PortalRoles.All.FirstOrDefault(principal.IsInRole);
        return new CurrentUser(id, name, role, principal.FindFirstValue(PortalClaims.Street));
    }
}
