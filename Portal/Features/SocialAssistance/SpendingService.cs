using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.SocialAssistance;

/// <summary>
/// Spending: managers charge and correct any project, subproject or share; street staff only their own
/// street's shares. A payment is corrected by reversal (冲销) and, for 更正, the right figure after it.
/// </summary>
public sealed class SpendingService(IDbContextFactory<PortalDbContext> contextFactory, OperationAuthorizer authorizer, FundYearLoader loader)
{
    public async Task<FormResult> RecordAsync(SpendingForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // The street is read from the stored share, never from the caller: a tampered id of another
        // street's share is refused like any other street's resource. Project and subproject spending
        // belongs to no street, so only managers may record it. Rows of another district are not found, as
        // an unknown id.
        var district = await loader.CallerDistrictIdAsync(cancellationToken);
        var share = form.ShareId is { } shareId
            ? await InDistrict(db, db.Set<StreetShare>().AsNoTracking().Where(s => s.Id == shareId), district).Select(s => new { s.StreetId, s.ProjectId, s.SubprojectId }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var streetId = form.ShareId is null ? (Guid?)null : share?.StreetId ?? Guid.Empty;
        var resource = form.ShareId is { } id ? $"StreetShare/{id}" : $"Project/{form.ProjectId}";
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.RecordSpending, streetId, resource, cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        if (form.ShareId is not null && (share is null || share.ProjectId != form.ProjectId))
            return FormResult.Refused(ProjectMessages.ShareNotFound);

        var (paidOn, amount, errors) = ReadPayment(form.PaidOn, form.AmountWanYuan);
        if (errors.Count > 0)
            return FormResult.Invalid(errors);

        var year = await db.FundYears.AsSplitQuery().SingleOrDefaultAsync(y => y.DistrictId == district && y.Projects.Any(p => p.Id == form.ProjectId), cancellationToken);
        var project = year?.FindProject(form.ProjectId);
        if (year is null || project is null)
            return FormResult.Refused(ProjectMessages.ProjectNotFound);
        var target = form.ShareId is { } sid ? new SpendingTarget(share!.SubprojectId, sid) : new SpendingTarget(form.SubprojectId, null);
        var recorded = project.RecordSpending(target, paidOn, amount, form.Note, year.SpendingWindow, form.Reason);
        if (recorded.IsFailure)
            return FormResult.From(recorded);

        db.Actor = authorized.Value.AuditName;
        return FormResult.From(await CarryForward.SaveAsync(db, year, cancellationToken));
    }

    /// <summary>Reverses a payment, or (with a date and amount) reverses it and enters the right figure.</summary>
    public async Task<FormResult> CorrectAsync(SpendingCorrection correction, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // Whose the entry is comes from the stored entry and its share, never from the caller.
        var district = await loader.CallerDistrictIdAsync(cancellationToken);
        var entry = await db.Set<Spending>().AsNoTracking()
            .Where(s => s.Id == correction.SpendingId)
            .Where(s => db.Set<Project>().Any(p => p.Id == s.ProjectId && db.FundYears.Any(y => y.Id == p.FundYearId && y.DistrictId == district)))
            .Select(s => new { s.ProjectId, s.StreetShareId })
            .SingleOrDefaultAsync(cancellationToken);
        var streetId = entry?.StreetShareId is { } shareId
            ? await db.Set<StreetShare>().AsNoTracking().Where(s => s.Id == shareId).Select(s => (Guid?)s.StreetId).SingleOrDefaultAsync(cancellationToken)
            : null;
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.CorrectSpending, streetId, $"Spending/{correction.SpendingId}", cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        if (entry is null || entry.ProjectId != correction.ProjectId)
            return FormResult.Refused(ProjectMessages.SpendingNotFound);

        var year = await db.FundYears.AsSplitQuery().SingleOrDefaultAsync(y => y.DistrictId == district && y.Projects.Any(p => p.Id == correction.ProjectId), cancellationToken);
        var project = year?.FindProject(correction.ProjectId);
        if (year is null || project is null)
            return FormResult.Refused(ProjectMessages.ProjectNotFound);
        if (project.Version != version)
            return FormResult.Refused(await db.ChangedByOthersAsync(nameof(Project), project.Id, cancellationToken));

        Result changed;
        if (correction.EntersNewFigure)
        {
            var (paidOn, amount, errors) = ReadPayment(correction.PaidOn, correction.AmountWanYuan);
            if (string.IsNullOrWhiteSpace(correction.Reason))
                errors[Fields.Reason] = ProjectMessages.ReversalNeedsReason;
            if (errors.Count > 0)
                return FormResult.Invalid(errors);
            changed = project.CorrectSpending(correction.SpendingId, correction.Reason, paidOn, amount, correction.Note, year.SpendingWindow);
        }
        else
        {
            changed = project.ReverseSpending(correction.SpendingId, correction.Reason, year.SpendingWindow);
        }

        if (changed.IsFailure)
            return FormResult.From(changed);
        db.Actor = authorized.Value.AuditName;
        return FormResult.From(await CarryForward.SaveAsync(db, year, cancellationToken));
    }

    /// <summary>The shares of the district's projects only.</summary>
    private static IQueryable<StreetShare> InDistrict(PortalDbContext db, IQueryable<StreetShare> shares, Guid? district) =>
        shares.Where(s => db.Set<Project>().Any(p => p.Id == s.ProjectId && db.FundYears.Any(y => y.Id == p.FundYearId && y.DistrictId == district)));

    /// <summary>A payment's date and amount in 万元 as typed, with a message under each field that is wrong.</summary>
    private static (DateOnly PaidOn, Money Amount, Dictionary<string, string> Errors) ReadPayment(string? paidOn, string? amountWanYuan)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var amount = Money.ParseWanYuan(amountWanYuan);
        if (amount.IsFailure)
            errors[Fields.Amount] = amount.Error!;
        var date = TypedInput.Date(paidOn);
        if (date is null)
            errors[Fields.Date] = FundYearAdminService.DateRequired;
        return (date ?? default, amount.IsSuccess ? amount.Value : Money.Zero, errors);
    }
}
