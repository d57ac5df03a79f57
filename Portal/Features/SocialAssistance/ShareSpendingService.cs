using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.SocialAssistance;

public sealed class ShareSpendingService(IDbContextFactory<PortalDbContext> contextFactory, IOperationAuthorizer authorizer) : IShareSpendingService
{
    public async Task<Result> RecordAsync(Guid shareId, DateOnly paidOn, string? amountYuan, string? note, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // The street is read from the stored share, never from the caller: a tampered id of another
        // street's share is refused like any other street's resource.
        var owner = await db.Set<StreetShare>().AsNoTracking()
            .Where(s => s.Id == shareId)
            .Select(s => new { s.StreetId, s.ProjectId })
            .SingleOrDefaultAsync(cancellationToken);
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.RecordShareSpending, owner?.StreetId ?? Guid.Empty, $"StreetShare/{shareId}", cancellationToken);
        if (authorized.IsFailure)
            return authorized;
        if (owner is null)
            return Result.Fail(ProjectMessages.ShareNotFound);

        var amount = Money.ParseYuan(amountYuan);
        if (amount.IsFailure)
            return amount;

        db.Actor = authorized.Value.AuditName;
        var year = await db.FundYears.SingleAsync(y => y.Projects.Any(p => p.Id == owner.ProjectId), cancellationToken);
        var project = year.FindProject(owner.ProjectId)!;
        var share = project.FindShare(shareId)!;
        var recorded = project.RecordSpending(SpendingTarget.Share(share), paidOn, amount.Value, note, year.CutOffDate);
        if (recorded.IsFailure)
            return recorded;
        return await db.SaveOrConflictAsync(cancellationToken);
    }
}
