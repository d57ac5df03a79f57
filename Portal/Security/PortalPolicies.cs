using Microsoft.AspNetCore.Authorization;

namespace Portal.Security;

/// <summary>Policy names used by pages and endpoints; the checks are here once.</summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in bureau user with a portal role and an enabled account.</summary>
    public const string Reader = "reader";

    /// <summary>District-wide figures: managers and read-only users, not street staff.</summary>
    public const string DistrictReader = "district-reader";

    public const string Manager = "manager";

    /// <summary>The city view: 市级只读 and 市级管理员 only.</summary>
    public const string CityReader = "city-reader";

    /// <summary>Setting a district up: 市级管理员 only.</summary>
    public const string CityAdministrator = "city-administrator";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Reader, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.All));
        options.AddPolicy(DistrictReader, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.Manager, PortalRoles.Viewer));
        options.AddPolicy(Manager, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.Manager));
        options.AddPolicy(CityReader, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.City));
        options.AddPolicy(CityAdministrator, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.CityAdministrator));
        options.FallbackPolicy = options.GetPolicy(Reader);
    }
}
