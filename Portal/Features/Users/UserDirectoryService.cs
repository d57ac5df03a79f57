using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.Users;

/// <summary>The user directory: which street each account belongs to, and which accounts are disabled. Managers only.</summary>
public sealed class UserDirectoryService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    ReadAuthorizer reads,
    OperationAuthorizer authorizer)
{
    public async Task<PageData<UserDirectoryView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.IsManager)
            return await reads.RefuseAsync<UserDirectoryView>(user, "UserDirectory", AuthorizationMessages.ManagerOnly);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var district = await loader.DistrictAsync(db, cancellationToken);
        var streets = district?.Streets.OrderBy(s => s.Order).ToList() ?? [];
        // The district's accounts only: a manager neither sees nor changes another district's or the city's.
        var accounts = await db.UserAccounts.AsNoTracking().Where(a => a.DistrictId == user.DistrictId).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var rows = accounts.Select(a =>
        {
            var street = streets.Find(s => s.Id == a.StreetId);
            return new AccountRow(a.Id, a.ObjectId, a.Name, a.Email, street?.Code, street?.FullName, a.IsDisabled, a.FirstSignIn, a.LastSignIn, a.Version);
        }).ToList();
        return PageData.Of(new UserDirectoryView(rows, streets.Select(s => new StreetOption(s.Code, s.FullName)).ToList(),
            district?.SeparateApproval ?? true, district?.Version ?? Guid.Empty));
    }

    /// <summary>Puts an account in a street (or no street with null). <paramref name="version"/> is the one the manager saw.</summary>
    public Task<Result> AssignStreetAsync(Guid accountId, string? streetCode, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.AssignAccountStreet, accountId, version, async (db, account, _) =>
        {
            Street? street = null;
            if (!string.IsNullOrEmpty(streetCode))
            {
                street = await db.Streets.SingleOrDefaultAsync(s => s.DistrictId == account.DistrictId && s.Code == streetCode, cancellationToken);
                if (street is null)
                    return Result.Fail(UserAccountMessages.StreetNotFound);
            }

            return account.AssignStreet(street);
        }, cancellationToken);

    public Task<Result> DisableAsync(Guid accountId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.DisableAccount, accountId, version, (_, account, manager) => Task.FromResult(
            account.ObjectId == manager.Id ? Result.Fail(UserAccountMessages.CannotDisableSelf) : account.Disable()), cancellationToken);

    public Task<Result> EnableAsync(Guid accountId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.EnableAccount, accountId, version, (_, account, _) => Task.FromResult(account.Enable()), cancellationToken);

    /// <summary>
    /// Turns the district's separation of duties on (<paramref name="separate"/>) or off (a month approved by someone other than who last
    /// entered or submitted it). <paramref name="version"/> is the district's, as the manager saw it.
    /// </summary>
    public async Task<Result> SetSeparateApprovalAsync(bool separate, Guid version, CancellationToken cancellationToken = default)
    {
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.ChangeApprovalRule, streetId: null, "District/SeparateApproval", cancellationToken);
        if (authorized.IsFailure)
            return authorized;

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = authorized.Value.AuditName;
        var configured = await loader.DistrictAsync(db, cancellationToken);
        if (configured is null)
            return Result.Fail(FundYearPageMessages.NoDistrict);
        var district = await db.Districts.SingleAsync(d => d.Id == configured.Id, cancellationToken);
        if (district.Version != version)
            return Result.Fail(await db.ChangedByOthersAsync(nameof(District), district.Id, cancellationToken));
        district.ChangeSeparateApproval(separate);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Authorize, load, check the version the manager saw, apply the domain change, save with the audit trail.</summary>
    private async Task<Result> ChangeAsync(
        PortalOperation operation,
        Guid accountId,
        Guid version,
        Func<PortalDbContext, UserAccount, PortalUser, Task<Result>> change,
        CancellationToken cancellationToken)
    {
        var authorized = await authorizer.AuthorizeAsync(operation, streetId: null, $"UserAccount/{accountId}", cancellationToken);
        if (authorized.IsFailure)
            return authorized;

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = authorized.Value.AuditName;
        var district = authorized.Value.DistrictId;
        var account = await db.UserAccounts.SingleOrDefaultAsync(a => a.Id == accountId && a.DistrictId == district, cancellationToken);
        if (account is null)
            return Result.Fail(UserAccountMessages.NotFound);
        if (account.Version != version)
            return Result.Fail(await db.ChangedByOthersAsync(nameof(UserAccount), accountId, cancellationToken));

        var result = await change(db, account, authorized.Value);
        if (result.IsFailure)
            return result;
        return await db.SaveOrConflictAsync(cancellationToken);
    }
}
