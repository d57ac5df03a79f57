using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;

namespace Portal.Security;

/// <summary>
/// Records every sign-in in the user directory: a new account is registered (with no street), a known
/// one gets its name and e-mail refreshed. The street is never taken from the sign-in.
/// </summary>
public sealed class AccountRegistrar(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public const string Actor = "登录登记";

    public async Task<UserAccount?> RecordSignInAsync(string? objectId, string? name, string? email, string? initialStreetCode = null, CancellationToken cancellationToken = default)
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
            if (initialStreetCode is not null)
                account.AssignStreet(await db.Streets.SingleOrDefaultAsync(s => s.Code == initialStreetCode, cancellationToken));
            db.UserAccounts.Add(account);
        }
        else
        {
            account.RecordSignIn(name, email, clock.GetUtcNow().UtcDateTime);
        }

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
}
