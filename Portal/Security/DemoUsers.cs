using System.Security.Claims;
using Portal.Domain.Common;

namespace Portal.Security;

/// <summary>
/// The accounts of the development sign-in: a manager, a viewer, one officer per street
/// (ids manager, viewer, staff-&lt;street code&gt;), and two accounts that show what the portal does
/// with an officer without a street and a user without a role. In a database of several districts each
/// other district has its own manager, viewer and officers, their ids prefixed with its code
/// (dongcheng-manager, dongcheng-staff-jingshan), who sign in with that district as their <c>portal_district</c>.
/// </summary>
public static class DemoUsers
{
    public sealed record DemoUser(string Id, string Name, string? Role, string? StreetCode, string? DistrictCode = null);

    public static IReadOnlyList<DemoUser> For(IEnumerable<Street> streets) =>
    [
        new("manager", "区民政局管理员（演示）", PortalRoles.Manager, null),
        new("viewer", "只读用户（演示）", PortalRoles.Viewer, null),
        .. streets.OrderBy(s => s.Order).Select(s => new DemoUser("staff-" + s.Code, s.FullName + "工作人员（演示）", PortalRoles.StreetStaff, s.Code)),
        new("staff-unassigned", "未分配街道的工作人员（演示）", PortalRoles.StreetStaff, null),
        new("norole", "未分配角色的用户（演示）", null, null),
        new("city-viewer", "市级只读用户（演示）", PortalRoles.CityViewer, null),
        new("city-admin", "市级管理员（演示）", PortalRoles.CityAdministrator, null),
    ];

    /// <summary>The demo accounts of a district other than the deployment's: its manager, viewer and one officer per street.</summary>
    public static IReadOnlyList<DemoUser> OfOtherDistrict(District district)
    {
        ArgumentNullException.ThrowIfNull(district);
        return
        [
            new(district.Code + "-manager", district.Name + "管理员（演示）", PortalRoles.Manager, null, district.Code),
            new(district.Code + "-viewer", district.Name + "只读用户（演示）", PortalRoles.Viewer, null, district.Code),
            .. district.Streets.OrderBy(s => s.Order).Select(s => new DemoUser($"{district.Code}-staff-{s.Code}", district.Name + s.FullName + "工作人员（演示）", PortalRoles.StreetStaff, s.Code, district.Code)),
        ];
    }

    /// <summary>The claims a sign-on would carry: id, name, app role and (another district's) district. The street comes from the user directory.</summary>
    public static ClaimsPrincipal Principal(DemoUser user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id),
            new(PortalClaims.UserId, user.Id),
            new(ClaimTypes.Name, user.Name),
        ];
        if (user.Role is not null)
            claims.Add(new Claim(ClaimTypes.Role, user.Role));
        if (user.DistrictCode is not null)
            claims.Add(new Claim(PortalClaims.District, user.DistrictCode));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
