using System.Security.Claims;

namespace Portal.Security;

/// <summary>
/// The user as the server trusts them for one operation: role, street and enabled state from the user
/// directory (read from the database each time, never from the browser or the session cookie).
/// </summary>
public sealed record PortalUser(
    ClaimsPrincipal Principal,
    string Id,
    string Name,
    string? Role,
    Guid? AccountId,
    Guid? StreetId,
    string? StreetCode,
    bool IsDisabled)
{
    public bool IsAuthenticated => Id.Length > 0;

    public bool IsActive => IsAuthenticated && !IsDisabled && Role is not null;

    public bool IsManager => IsActive && Role == PortalRoles.Manager;

    public bool IsStreetStaff => IsActive && Role == PortalRoles.StreetStaff;

    /// <summary>District-wide figures are for managers and read-only users.</summary>
    public bool CanReadDistrict => IsActive && Role is PortalRoles.Manager or PortalRoles.Viewer;

    public bool CanReadStreet(Guid streetId) => CanReadDistrict || (IsStreetStaff && StreetId == streetId);

    /// <summary>How the user appears in the audit trail: name and stable id.</summary>
    public string AuditName => $"{Name} ({Id})";

    /// <summary>The person's name in an <see cref="AuditName"/> (the whole text if it is not one).</summary>
    public static string NameOf(string auditName)
    {
        ArgumentNullException.ThrowIfNull(auditName);
        var open = auditName.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && auditName.EndsWith(')') ? auditName[..open] : auditName;
    }
}
