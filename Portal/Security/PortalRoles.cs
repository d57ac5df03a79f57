namespace Portal.Security;

/// <summary>
/// The portal's three roles; the values are the app-role values of the bureau's sign-on. A sign-in's role
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

    public static IReadOnlyList<string> All { get; } = [Manager, StreetStaff, Viewer];

    /// <summary>The role if it is one of the portal's, else null.</summary>
    public static string? Known(string? role) => All.FirstOrDefault(r => r == role);

    public static string DisplayName(string? role) => role switch
    {
        Manager => "区民政局管理人员",
        StreetStaff => "街道工作人员",
        Viewer => "只读",
        _ => "无角色",
    };
}
