using Microsoft.AspNetCore.Authorization;

namespace Portal.Security;

/// <summary>Policy names used by pages and services; the checks are here once.</summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in bureau user with a portal role.</summary>
    public const string Reader = "reader";

    public const string Manager = "manager";

    public const string StreetStaff = "street-staff";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Reader, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.All));
        options.AddPolicy(Manager, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.Manager));
        options.AddPolicy(StreetStaff, p => p.RequireAuthenticatedUser().RequireRole(PortalRoles.StreetStaff).RequireClaim(PortalClaims.Street));
        options.FallbackPolicy = options.GetPolicy(Reader);
    }
}
