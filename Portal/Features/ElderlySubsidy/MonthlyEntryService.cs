using Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Features.Streets;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.ElderlySubsidy;

/// <summary>
/// Street staff enter their own street's months (managers may enter for any street); drafts are saved,
/// then submitted for review. Every write re-checks role and street on the server.
/// </summary>
public sealed class MonthlyEntryService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    StreetScopeLoader streets,
    OperationAuthorizer authorizer,
    TimeProvider clock)
{
    public async Task<PageData<StreetEntryGrid>> GridAsync(string streetCode, int? year, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await streets.LoadAsync<StreetEntryGrid>(db, streetCode, year, $"Street/{streetCode}/elderly-subsidies", cancellationToken);
        if (scope is null)
            return refusal!;
        var (user, fundYear, street) = (scope.User, scope.Year, scope.Street);

        var types = await db.SubsidyTypes.AsNoTracking().OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var reports = await db.SubsidyReports.AsNoTracking()
            .Where(r => r.FundYearId == fundYear.Id && r.StreetId == street.Id && r.Month != null)
            .ToDictionaryAsync(r => r.Month!.Value, cancellationToken);
        var today = Today();

        // A year known only from yearly totals (2020) has no street months to chase.
        var annualOnly = StreetMonths.IsAnnualOnly(await db.SubsidyReports.Where(r => r.FundYearId == fundYear.Id).Select(r => r.Month).Distinct().ToListAsync(cancellationToken));

        var months = Enumerable.Range(1, 12).Select(month =>
        {
            reports.TryGetValue(month, out var report);
            var state = report is null
                ? StreetMonths.IsFuture(fundYear, month, today) ? MonthState.Future : MonthState.NotFiled
                : StateOf(report.Status);
            var due = fundYear.ReportDueDate(month);
            var lines = types.Select(type =>
            {
                var line = report?.Lines.SingleOrDefault(l => l.SubsidyTypeId == type.Id);
                var warning = line is { RateFlag: true }
                    ? SubsidyMessages.RateFlagWarning(line.AveragePerPersonTime?.ToYuan() ?? "—", SubsidyRates.RangeText(type, report!.PeriodStart))
                    : null;
                return new MonthLine(type.Code, line?.PersonTimes ?? 0, line?.Lottery ?? Money.Zero, line?.Matching ?? Money.Zero, line?.RateFlag ?? false, line?.FlagComment, warning);
            }).ToList();
            return new MonthRow(
                month,
                report?.Id,
                report?.Version,
                state == MonthState.Future ? "未到填报期" : report is null ? ReportStatusNames.NotFiled : ReportStatusNames.Of(report.Status),
                state,
                due,
                state != MonthState.Future && StreetMonths.IsOverdue(fundYear, month, report?.Status, annualOnly, today),
                report?.ReviewComment,
                lines);
        }).ToList();

        var canEdit = user.IsManager || (user.IsStreetStaff && user.StreetId == street.Id);
        return PageData.Of(new StreetEntryGrid(
            fundYear.Year,
            street.Code,
            street.FullName,
            canEdit,
            user.IsManager,
            annualOnly,
            types.Select(t => new SubsidyColumn(t.Code, t.Name, SubsidyRates.RangeText(t, new DateOnly(fundYear.Year, 1, 1)))).ToList(),
            months));
    }

    public Task<FormResult> SaveDraftAsync(MonthEntry entry, CancellationToken cancellationToken = default) =>
        SaveAsync(entry, PortalOperation.SaveSubsidyDraft, cancellationToken);

    /// <summary>Saves what was typed and sends the month for review, in one step.</summary>
    public Task<FormResult> SubmitAsync(MonthEntry entry, CancellationToken cancellationToken = default) =>
        SaveAsync(entry, PortalOperation.SubmitSubsidyReport, cancellationToken);

    private async Task<FormResult> SaveAsync(MonthEntry entry, PortalOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var district = await loader.DistrictAsync(db, cancellationToken);
        var street = district?.Streets.SingleOrDefault(s => s.Code == entry.StreetCode);
        var resource = $"Street/{entry.StreetCode}/{entry.Year}-{entry.Month}";
        var authorized = await authorizer.AuthorizeAsync(operation, street?.Id ?? Guid.Empty, resource, cancellationToken);
        if (authorized.IsFailure)
            return FormResult.Refused(authorized.Error!);
        if (street is null)
            return FormResult.Refused(UserAccountMessages.StreetNotFound);
        if (entry.Month is < 1 or > 12)
            return FormResult.Refused(SubsidyMessages.MonthOutOfRange);

        var types = await db.SubsidyTypes.OrderBy(t => t.Order).ToDictionaryAsync(t => t.Code, cancellationToken);
        var parsed = EntryParser.Parse(entry.Lines, types);
        if (parsed.FieldErrors.Count > 0)
            return FormResult.Invalid(parsed.FieldErrors);

        db.Actor = authorized.Value.AuditName;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fundYear = await db.FundYears.SingleOrDefaultAsync(y => y.DistrictId == district!.Id && y.Year == entry.Year, cancellationToken);
        if (fundYear is null)
            return FormResult.Refused(FundYearPageMessages.NotFound(entry.Year));

        var report = await db.SubsidyReports.SingleOrDefaultAsync(
            r => r.FundYearId == fundYear.Id && r.StreetId == street.Id && r.Month == entry.Month, cancellationToken);
        if (report is not null && report.Version != entry.Version)
            return FormResult.Refused(await db.ChangedByOthersAsync(nameof(SubsidyReport), report.Id, cancellationToken));
        if (report is null)
        {
            var created = SubsidyReport.Create(fundYear, street.Id, entry.Month, Today());
            if (created.IsFailure)
                return FormResult.Refused(created.Error!);
            report = created.Value;
            db.SubsidyReports.Add(report);
        }

        var applied = await SubsidyLines.ApplyAsync(db, fundYear, report, parsed.Lines, authorized.Value.Id, cancellationToken);
        if (applied.IsFailure)
            return applied;
        if (operation == PortalOperation.SubmitSubsidyReport)
        {
            var submitted = report.Submit(authorized.Value.Id);
            if (submitted.IsFailure)
                return submitted.Field == Fields.Comment
                    ? FormResult.Invalid(report.Lines.Where(l => l.RateFlag && l.FlagComment is null)
                        .ToDictionary(l => EntryFields.Comment(types.Values.Single(t => t.Id == l.SubsidyTypeId).Code), _ => SubsidyMessages.FlagNeedsComment))
                    : FormResult.Refused(submitted.Error!);
        }

        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (saved.IsFailure)
            return FormResult.From(saved);
        await transaction.CommitAsync(cancellationToken);
        return FormResult.Saved();
    }

    private DateOnly Today() => clock.BeijingToday();

    private static MonthState StateOf(ReportStatus status) => status switch
    {
        ReportStatus.Draft => MonthState.Draft,
        ReportStatus.Submitted => MonthState.Submitted,
        ReportStatus.Returned => MonthState.Returned,
        ReportStatus.Approved => MonthState.Approved,
    };
}
