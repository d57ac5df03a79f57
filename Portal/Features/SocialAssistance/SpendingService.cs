using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.SocialAssistance;

public sealed class SpendingService(IDbContextFactory<PortalDbContext> contextFactory, IOperationAuthorizer authorizer) : ISpendingService
{
    public async Task<FormResult> RecordAsync(SpendingForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // The street is read from the stored share, never from the caller: a tampered id of another
        // street's share is refused like any other street's resource. Project and subproject spending
        // belongs to no street, so only managers may record it.
        var share = form.ShareId is { } shareId
            ? await db.Set<StreetShare>().AsNoTracking().Where(s => s.Id == shareId).Select(s => new { s.StreetId, s.ProjectId, s.SubprojectId }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var streetId = form.ShareId is null ? (Guid?)null : share?.StreetId ?? Guid.Empty;
        var resource = form.ShareId is { } id ? $"StreetShare/{id}" : $"Project/{form.ProjectId}";
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.RecordSpending, streetId, resource, cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        if (form.ShareId is not null && (share is null || share.ProjectId != form.ProjectId))
            return FormResult.Refused(ProjectMessages.ShareNotFound);

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var amount = Money.ParseYuan(form.AmountYuan);
        if (amount.IsFailure)
            errors[ProjectFields.Amount] = amount.Error!;
        var paidOn = TypedInput.Date(form.PaidOn);
        if (paidOn is null)
            errors[ProjectFields.Date] = FundYearAdminService.DateRequired;
        if (errors.Count > 0)
            return FormResult.Invalid(errors);

        var year = await db.FundYears.AsSplitQuery().SingleOrDefaultAsync(y => y.Projects.Any(p => p.Id == form.ProjectId), cancellationToken);
        var project = year?.FindProject(form.ProjectId);
        if (year is null || project is null)
            return FormResult.Refused(ProjectMessages.ProjectNotFound);
        var target = form.ShareId is { } sid ? new SpendingTarget(share!.SubprojectId, sid) : new SpendingTarget(form.SubprojectId, null);
        var recorded = project.RecordSpending(target, paidOn!.Value, amount.Value, form.Note, year.CutOffDate);
        if (recorded.IsFailure)
        {
            var field = recorded.Error!.StartsWith("支出日期", StringComparison.Ordinal) ? ProjectFields.Date : ProjectFields.Amount;
            return FormResult.Invalid(new Dictionary<string, string> { [field] = recorded.Error });
        }

        db.Actor = authorized.Value.AuditName;
        return FormResult.From(await db.SaveOrConflictAsync(cancellationToken));
    }
}
