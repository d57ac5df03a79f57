using System.Security.Claims;
using Portal.Domain.Common;

namespace Portal.Security;

/// <summary>
/// The accounts of the development sign-in: a manager, a viewer, one officer per street
/// (ids manager, viewer, staff-&lt;street code&gt;), and two accounts that show what the portal does
/// with an officer without a street and a user without a role.
/// </summary>
public static class DemoUsers
{
    public sealed record DemoUser(string Id, string Name, string? Role, string? StreetCode);

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

    /// <summary>The claims a sign-on would carry: id, name and app role. The street comes from the user directory.</summary>
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
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
