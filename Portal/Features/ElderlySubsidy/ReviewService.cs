using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.ElderlySubsidy;

/// <summary>Managers review street months: approve (which locks), return with a comment, or unlock with a reason.</summary>
public sealed class ReviewService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    ReadAuthorizer reads,
    OperationAuthorizer authorizer)
{
    /// <summary>The year's queue for managers, as <paramref name="filter"/> asks (all of it when null).</summary>
    public async Task<PageData<ReviewList>> QueueAsync(int? year, ReviewFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.IsManager)
            return await reads.RefuseAsync<ReviewList>(user, "ElderlySubsidy/review", AuthorizationMessages.ManagerOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await loader.LoadAsync(db, year, cancellationToken) is not { } loaded)
            return PageData.NotFound<ReviewList>(FundYearPageMessages.NotFound(year));
        var (district, fundYear) = loaded;

        var streets = district.Streets.OrderBy(s => s.Order).ToList();
        // An unknown street in the address filters nothing rather than showing an empty queue that looks done.
        filter ??= ReviewFilter.All;
        if (filter.StreetCode is not null && streets.All(s => s.Code != filter.StreetCode))
            filter = filter with { StreetCode = null };
        var streetId = streets.FirstOrDefault(s => s.Code == filter.StreetCode)?.Id;

        var types = await db.SubsidyTypes.AsNoTracking().OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var typeNames = types.ToDictionary(t => t.Id, t => t.Name);
        var query = db.SubsidyReports.AsNoTracking()
            .Where(r => r.FundYearId == fundYear.Id && r.StreetId != null && r.Month != null
                && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Returned || r.Status == ReportStatus.Approved));
        if (streetId is { } id)
            query = query.Where(r => r.StreetId == id);
        if (filter.Month is { } month)
            query = query.Where(r => r.Month == month);
        var reports = await query.ToListAsync(cancellationToken);
        var byId = streets.ToDictionary(s => s.Id);

        var items = reports
            .OrderBy(r => r.Month).ThenBy(r => byId[r.StreetId!.Value].Order)
            .Select(r => new ReviewItem(
                r.Id,
                r.Version,
                byId[r.StreetId!.Value].Code,
                byId[r.StreetId!.Value].FullName,
                r.Month!.Value,
                r.Status,
                types.Select(t => r.Lines.FirstOrDefault(l => l.SubsidyTypeId == t.Id) is { } line ? new ReviewLine(line.PersonTimes, line.Total, line.RateFlag) : null).ToList(),
                r.Lottery,
                r.Matching,
                r.Lines.Where(l => l.RateFlag)
                    .Select(l => $"{typeNames[l.SubsidyTypeId]}：人次均额 {l.AveragePerPersonTime?.ToYuan()} 元，说明：{l.FlagComment ?? "（无）"}")
                    .ToList(),
                r.ReviewComment))
            .ToList();
        var counts = ReviewFilter.Listed.ToDictionary(s => s, s => items.Count(i => i.State == s));
        IReadOnlyList<ReviewItem> Listed(ReportStatus status) => filter.Shows(status) ? items.Where(i => i.State == status).ToList() : [];
        return PageData.Of(new ReviewList(
            fundYear.Year,
            filter,
            streets.Select(s => new ReviewStreet(s.Code, s.FullName)).ToList(),
            types.Select(t => new ReviewSubsidy(t.Code, t.Name)).ToList(),
            counts,
            Listed(ReportStatus.Submitted),
            Listed(ReportStatus.Returned),
            Listed(ReportStatus.Approved)));
    }

    public Task<Result> ApproveAsync(Guid reportId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.ApproveSubsidyReport, reportId, version, (r, approver, separate) => r.Approve(approver.Id, separate), cancellationToken);

    public Task<Result> ReturnAsync(Guid reportId, string? comment, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.ReturnSubsidyReport, reportId, version, (r, _, _) => r.Return(comment), cancellationToken);

    public Task<Result> UnlockAsync(Guid reportId, string? reason, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.UnlockSubsidyReport, reportId, version, (r, _, _) => r.Unlock(reason), cancellationToken);

    /// <summary>Approves every submitted street report of one month of a year.</summary>
    public async Task<Result> ApproveMonthAsync(int year, int month, CancellationToken cancellationToken = default)
    {
        var authorized = await authorizer.AuthorizeAsync(PortalOperation.ApproveSubsidyMonth, null, string.Create(CultureInfo.InvariantCulture, $"ElderlySubsidy/{year}-{month}"), cancellationToken);
        if (authorized.IsFailure)
            return authorized;
        if (month is < 1 or > 12)
            return Result.Fail(SubsidyMessages.MonthOutOfRange);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = authorized.Value.AuditName;
        if (await loader.LoadAsync(db, year, cancellationToken) is not { } loaded)
            return Result.Fail(FundYearPageMessages.NotFound(year));
        var reports = await db.SubsidyReports
            .Where(r => r.FundYearId == loaded.Year.Id && r.StreetId != null && r.Month == month && r.Status == ReportStatus.Submitted)
            .ToListAsync(cancellationToken);
        if (reports.Count == 0)
            return Result.Fail(SubsidyMessages.NothingToApprove(month));

        // All or nothing: months this manager entered or submitted are named, and none of the month is approved.
        var separate = loaded.District.SeparateApproval;
        var own = reports.Where(r => separate && r.LastEditedBy == authorized.Value.Id).ToList();
        if (own.Count > 0)
            return Result.Fail(SubsidyMessages.ApproverIsLastEditorOf(own.Select(r => loaded.District.Streets.Single(s => s.Id == r.StreetId).FullName)));
        foreach (var report in reports)
        {
            var approved = report.Approve(authorized.Value.Id, separate);
            if (approved.IsFailure)
                return approved;
        }

        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <param name="change">The domain change, given the approving account and whether the district separates duties.</param>
    private async Task<Result> ChangeAsync(PortalOperation operation, Guid reportId, Guid version, Func<SubsidyReport, PortalUser, bool, Result> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // A report of another district is not found, exactly as an unknown id.
        var district = await loader.CallerDistrictIdAsync(cancellationToken);
        var report = await db.SubsidyReports.SingleOrDefaultAsync(r => r.Id == reportId && db.FundYears.Any(y => y.Id == r.FundYearId && y.DistrictId == district), cancellationToken);
        var authorized = await authorizer.AuthorizeAsync(operation, report?.StreetId, $"SubsidyReport/{reportId}", cancellationToken);
        if (authorized.IsFailure)
            return authorized;
        if (report is null)
            return Result.Fail(SubsidyMessages.ReportNotFound);
        if (report.Version != version)
            return Result.Fail(await db.ChangedByOthersAsync(nameof(SubsidyReport), reportId, cancellationToken));
        var separate = await db.FundYears.Where(y => y.Id == report.FundYearId)
            .Join(db.Districts, y => y.DistrictId, d => d.Id, (_, d) => d.SeparateApproval)
            .SingleAsync(cancellationToken);
        var result = change(report, authorized.Value, separate);
        if (result.IsFailure)
            return result;
        db.Actor = authorized.Value.AuditName;
        return await db.SaveOrConflictAsync(cancellationToken);
    }
}
