using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.ElderlySubsidy;

public sealed class ReviewService(
    IDbContextFactory<PortalDbContext> contextFactory,
    FundYearLoader loader,
    IReadAuthorizer reads,
    IOperationAuthorizer authorizer) : IReviewService
{
    public async Task<PageData<ReviewList>> QueueAsync(int? year, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.IsManager)
            return reads.Refuse<ReviewList>(user, "ElderlySubsidy/review", AuthorizationMessages.ManagerOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await loader.LoadAsync(db, year, cancellationToken) is not { } loaded)
            return PageData.NotFound<ReviewList>(FundYearPageMessages.NotFound(year));
        var (district, fundYear) = loaded;

        var types = await db.SubsidyTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var reports = await db.SubsidyReports.AsNoTracking()
            .Where(r => r.FundYearId == fundYear.Id && r.StreetId != null && r.Month != null
                && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved))
            .ToListAsync(cancellationToken);
        var streets = district.Streets.ToDictionary(s => s.Id);

        var items = reports
            .OrderBy(r => r.Month).ThenBy(r => streets[r.StreetId!.Value].Order)
            .Select(r => new ReviewItem(
                r.Id,
                r.Version,
                streets[r.StreetId!.Value].FullName,
                r.Month!.Value,
                ReportStatusNames.Of(r.Status),
                r.Lines.Sum(l => l.PersonTimes),
                r.Lottery,
                r.Matching,
                r.Lines.Where(l => l.RateFlag)
                    .Select(l => $"{types[l.SubsidyTypeId].Name}：人次均额 {l.AveragePerPersonTime?.ToYuan()} 元，说明：{l.FlagComment ?? "（无）"}")
                    .ToList(),
                r.ReviewComment))
            .ToList();
        return PageData.Of(new ReviewList(
            fundYear.Year,
            items.Where(i => i.Status == ReportStatusNames.Of(ReportStatus.Submitted)).ToList(),
            items.Where(i => i.Status == ReportStatusNames.Of(ReportStatus.Approved)).ToList()));
    }

    public Task<Result> ApproveAsync(Guid reportId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.ApproveSubsidyReport, reportId, version, r => r.Approve(), cancellationToken);

    public Task<Result> ReturnAsync(Guid reportId, string? comment, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.ReturnSubsidyReport, reportId, version, r => r.Return(comment), cancellationToken);

    public Task<Result> UnlockAsync(Guid reportId, string? reason, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(PortalOperation.UnlockSubsidyReport, reportId, version, r => r.Unlock(reason), cancellationToken);

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
        foreach (var report in reports)
        {
            var approved = report.Approve();
            if (approved.IsFailure)
                return approved;
        }

        return await db.SaveOrConflictAsync(cancellationToken);
    }

    private async Task<Result> ChangeAsync(PortalOperation operation, Guid reportId, Guid version, Func<SubsidyReport, Result> change, CancellationToken cancellationToken)
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
        var result = change(report);
        if (result.IsFailure)
            return result;
        db.Actor = authorized.Value.AuditName;
        return await db.SaveOrConflictAsync(cancellationToken);
    }
}
