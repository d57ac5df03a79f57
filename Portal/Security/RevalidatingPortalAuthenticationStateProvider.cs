using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

namespace Portal.Security;

/// <summary>
/// A Blazor circuit keeps the sign-in it started with; this checks the user directory every minute and
/// signs the circuit out when the account was disabled or its role changed, so pages and menus never go on
/// showing a role the directory no longer holds. Writes do not wait for it: every write checks the
/// directory itself.
/// </summary>
public sealed class RevalidatingPortalAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IDbContextFactory<PortalDbContext> contextFactory)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        var user = CurrentUser.From(authenticationState.User);
        if (!user.IsAuthenticated)
            return true;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.UserAccounts.AsNoTracking()
            .Where(a => a.ObjectId == user.Id)
            .Select(a => new { a.IsDisabled, a.Role })
            .SingleOrDefaultAsync(cancellationToken);
        return account is { IsDisabled: false } && PortalRoles.Known(account.Role) == user.Role;
    }
}
