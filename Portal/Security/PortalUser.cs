using System.Security.Claims;

namespace Portal.Security;

/// <summary>
/// The user as the server trusts them for one operation: role, district, street and enabled state from the
/// user directory (read from the database each time, never from the browser or the session cookie). A
/// district role counts only with a district: every read and write of district data is scoped to
/// <see cref="DistrictId"/>, and a city-level account (市级只读, 市级管理员) has none and reads no district's rows.
/// </summary>
public sealed record PortalUser(
    ClaimsPrincipal Principal,
    string Id,
    string Name,
    string? Role,
    Guid? AccountId,
    Guid? DistrictId,
    Guid? StreetId,
    string? StreetCode,
    bool IsDisabled)
{
    public bool IsAuthenticated => Id.Length > 0;

    public bool IsActive => IsAuthenticated && !IsDisabled && Role is not null;

    /// <summary>Whether the account holds a district role and has a district to use it in.</summary>
    public bool IsInDistrict => IsActive && DistrictId is not null && PortalRoles.IsDistrictRole(Role);

    public bool IsManager => IsInDistrict && Role == PortalRoles.Manager;

    public bool IsStreetStaff => IsInDistrict && Role == PortalRoles.StreetStaff;

    /// <summary>District-wide figures are for the district's managers and read-only users.</summary>
    public bool CanReadDistrict => IsInDistrict && Role is PortalRoles.Manager or PortalRoles.Viewer;

    /// <summary>市级只读 and 市级管理员: the city view of every district, and (the administrator) setting districts up.</summary>
    public bool IsCityLevel => IsActive && Role is PortalRoles.CityViewer or PortalRoles.CityAdministrator;

    public bool IsCityAdministrator => IsActive && Role == PortalRoles.CityAdministrator;

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
