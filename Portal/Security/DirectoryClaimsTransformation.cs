using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

namespace Portal.Security;

/// <summary>
/// On every request, the user directory has the last word: a disabled or unknown account loses its roles
/// (and so every page), and the street claim is the directory's, whatever the sign-in carried.
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
        foreach (var claim in copy.FindAll(c => c.Type == PortalClaims.Street || c.Type == PortalClaims.Disabled).ToList())
            copy.RemoveClaim(claim);
        if (account is null || account.IsDisabled)
        {
            foreach (var role in copy.FindAll(copy.RoleClaimType).ToList())
                copy.RemoveClaim(role);
            copy.AddClaim(new Claim(PortalClaims.Disabled, account is null ? "unregistered" : "disabled"));
        }
        else if (streetCode is not null)
        {
            copy.AddClaim(new Claim(PortalClaims.Street, streetCode));
        }

        copy.AddClaim(new Claim(DirectoryStamp, "1"));
        return new ClaimsPrincipal(copy);
    }

    /// <summary>Marks a principal already checked in this request (the transformation may run more than once).</summary>
    private const string DirectoryStamp = "portal:directory-checked";
}
