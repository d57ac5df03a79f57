using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

namespace Portal.Security;

/// <summary>
/// On every request, the user directory has the last word: the role and the street claims are the
/// directory's, whatever the session cookie carries, and a disabled or unknown account has no role (and
/// so no page). A cookie alone cannot grant a role: the directory takes roles only from a verified sign-in
/// (<see cref="AccountRegistrar"/>). A Blazor circuit starts from this request's principal.
/// </summary>
public sealed class DirectoryClaimsTransformation(IDbContextFactory<PortalDbContext> contextFactory) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity || identity.HasClaim(c => c.Type == DirectoryStamp))
            return principal;

        var user = CurrentUser.From(principal);
        await using var db = await contextFactory.CreateDbContextAsync();
        var account = await db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.ObjectId == user.Id);
        var streetCode = account?.StreetId is { } streetId
            ? await db.Streets.AsNoTracking().Where(s => s.Id == streetId).Select(s => s.Code).SingleOrDefaultAsync()
            : null;

        var copy = identity.Clone();
        foreach (var claim in copy.FindAll(c => c.Type == PortalClaims.Street || c.Type == PortalClaims.Disabled || c.Type == copy.RoleClaimType || c.Type == ClaimTypes.Role || c.Type == PortalClaims.SignOnRoles).ToList())
            copy.RemoveClaim(claim);
        if (account is null || account.IsDisabled)
        {
            copy.AddClaim(new Claim(PortalClaims.Disabled, account is null ? "unregistered" : "disabled"));
        }
        else
        {
            // A district role counts only with a district; a city role has none.
            if (PortalRoles.Known(account.Role) is { } role && (account.DistrictId is not null || PortalRoles.IsCityRole(role)))
                copy.AddClaim(new Claim(copy.RoleClaimType, role));
            if (streetCode is not null)
                copy.AddClaim(new Claim(PortalClaims.Street, streetCode));
        }

        copy.AddClaim(new Claim(DirectoryStamp, "1"));
        return new ClaimsPrincipal(copy);
    }

    /// <summary>Marks a principal already checked in this request (the transformation may run more than once).</summary>
    private const string DirectoryStamp = "portal:directory-checked";
}
