using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Common;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;

namespace Portal.Security;

/// <summary>
/// Records every sign-in in the user directory: a new account is registered (with no street), a known
/// one gets its name and e-mail refreshed, and the role the sign-in carried is kept as the account's role.
/// A new account is put in the district the sign-in names (the <see cref="PortalClaims.District"/> claim,
/// a district code), else in the deployment's district (<see cref="PortalOptions.DistrictCode"/>); from then
/// on the district is the directory's, like the street, which is never taken from the sign-in. Only a
/// sign-in records a role: from then on every request reads the role here, whatever a session cookie says.
/// The sign-in is recorded in 访问与安全记录; the audit trail gets a row only when the account's data changes
/// (a new account, a new name or role).
/// </summary>
public sealed class AccountRegistrar(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock, IOptions<PortalOptions>? options = null)
{
    public const string Actor = "登录登记";

    /// <summary>
    /// A sign-in that has just been verified (the sign-on's token, or the development sign-in's demo user):
    /// its id, name, e-mail and portal role go into the directory.
    /// </summary>
    public Task<UserAccount?> RecordSignInAsync(ClaimsPrincipal verifiedSignIn, string? initialStreetCode = null, CancellationToken cancellationToken = default)
    {
        var user = CurrentUser.From(verifiedSignIn);
        var district = verifiedSignIn.FindFirst(PortalClaims.District)?.Value;
        return RecordAsync(user.Id, user.Name, user.Email, new RoleUpdate(user.Role), district, initialStreetCode, cancellationToken);
    }

    /// <summary>Registers an account or refreshes its name and e-mail; its role stays as the directory holds it.</summary>
    public Task<UserAccount?> RecordSignInAsync(string? objectId, string? name, string? email, string? initialStreetCode = null, string? initialDistrictCode = null, CancellationToken cancellationToken = default) =>
        RecordAsync(objectId, name, email, role: null, initialDistrictCode, initialStreetCode, cancellationToken);

    private async Task<UserAccount?> RecordAsync(string? objectId, string? name, string? email, RoleUpdate? role, string? initialDistrictCode, string? initialStreetCode, CancellationToken cancellationToken)
    {
        var registration = UserAccount.Register(objectId, name, email, clock.GetUtcNow().UtcDateTime);
        if (registration.IsFailure)
            return null;

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = $"{Actor}: {registration.Value.Name} ({registration.Value.ObjectId})";
        var account = await db.UserAccounts.SingleOrDefaultAsync(a => a.ObjectId == registration.Value.ObjectId, cancellationToken);
        if (account is null)
        {
            account = registration.Value;
            if (!PortalRoles.IsCityRole(role?.Role))
            {
                var districtCode = string.IsNullOrWhiteSpace(initialDistrictCode) ? (options?.Value ?? new PortalOptions()).DistrictCode : initialDistrictCode.Trim();
                var district = await db.Districts.SingleOrDefaultAsync(d => d.Code == districtCode, cancellationToken);
                account.AssignDistrict(district);
                if (initialStreetCode is not null && district is not null)
                    account.AssignStreet(district.Streets.SingleOrDefault(s => s.Code == initialStreetCode));
            }

            db.UserAccounts.Add(account);
        }
        else
        {
            account.RecordSignIn(name, email, clock.GetUtcNow().UtcDateTime);
        }

        if (role is not null && account.RecordRole(role.Role).IsFailure)
            return null;

        // The sign-in itself is an access event; only a change of the account's data goes to the audit trail.
        db.SecurityEvents.Add(SecurityLog.Event(SecurityEventKind.SignIn, $"{account.Name} ({account.ObjectId})",
            "登录（" + PortalRoles.DisplayName(account.Role) + "）", account.StreetId, null, clock.GetUtcNow().UtcDateTime));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first sign-ins of one person at once: the other one registered the account.
        }

        return account;
    }

    private sealed record RoleUpdate(string? Role);
}
