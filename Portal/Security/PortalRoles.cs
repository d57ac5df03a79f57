namespace Portal.Security;

/// <summary>
/// The portal's roles: three of a district, two of the city; the values are the app-role values of the bureau's sign-on. A sign-in's role
/// is recorded in the user directory, which is where every request reads it.
/// </summary>
public static class PortalRoles
{
    /// <summary>区民政局管理人员: sets up the year, reviews, approves, publishes.</summary>
    public const string Manager = "manager";

    /// <summary>街道工作人员: enters their own street's figures.</summary>
    public const string StreetStaff = "street-staff";

    /// <summary>只读: everyone else in the bureau.</summary>
    public const string Viewer = "viewer";

    /// <summary>市级只读: the city view of every district, no district's pages.</summary>
    public const string CityViewer = "city-viewer";

    /// <summary>市级管理员: the city view, and setting districts up.</summary>
    public const string CityAdministrator = "city-admin";

    /// <summary>Every role, the one that counts first when a sign-in carries several.</summary>
    public static IReadOnlyList<string> All { get; } = [Manager, StreetStaff, Viewer, CityAdministrator, CityViewer];

    /// <summary>The roles that act within one district (the account's).</summary>
    public static IReadOnlyList<string> District { get; } = [Manager, StreetStaff, Viewer];

    /// <summary>The roles that act for the whole city and belong to no district.</summary>
    public static IReadOnlyList<string> City { get; } = [CityAdministrator, CityViewer];

    public static bool IsDistrictRole(string? role) => role is Manager or StreetStaff or Viewer;

    public static bool IsCityRole(string? role) => role is CityAdministrator or CityViewer;

    /// <summary>The role if it is one of the portal's, else null.</summary>
    public static string? Known(string? role) => All.FirstOrDefault(r => r == role);

    public static string DisplayName(string? role) => role switch
    {
        Manager => "区民政局管理人员",
        StreetStaff => "街道工作人员",
        Viewer => "只读",
        CityViewer => "市级只读",
        CityAdministrator => "市级管理员",
        _ => "无角色",
    };
}
