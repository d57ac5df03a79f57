using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

namespace Portal.Security;

/// <summary>
/// Reads who is calling from the circuit's (or request's) authentication state, and what the user
/// directory says about them at this moment: role, district, street and enabled state. A street or role change, or a
/// disabled account, counts at once; the role claims of the session are not trusted.
/// </summary>
public sealed class PortalUserAccessor(
    AuthenticationStateProvider authentication,
    IDbContextFactory<PortalDbContext> contextFactory,
    RequestDirectoryAnswer requestAnswer)
{
    /// <summary>The signed-in user with street and enabled state read from the user directory now.</summary>
    public async Task<PortalUser> GetAsync(CancellationToken cancellationToken = default)
    {
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        if (requestAnswer.For(principal) is { } kept)
            return kept;
        var signedIn = CurrentUser.From(principal);
        if (!signedIn.IsAuthenticated)
            return new PortalUser(principal, string.Empty, signedIn.Name, null, null, null, null, null, IsDisabled: false);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.ObjectId == signedIn.Id, cancellationToken);
        var street = account?.StreetId is { } streetId
            ? await db.Streets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == streetId && s.DistrictId == account.DistrictId, cancellationToken)
            : null;

        // Someone who signed in but was never registered is treated like a disabled account: no access.
        var user = new PortalUser(
            principal,
            signedIn.Id,
            account?.Name ?? signedIn.Name,
            PortalRoles.Known(account?.Role),
            account?.Id,
            account?.DistrictId,
            street?.Id,
            street?.Code,
            IsDisabled: account is null || account.IsDisabled);
        requestAnswer.Keep(user);
        return user;
    }
}
