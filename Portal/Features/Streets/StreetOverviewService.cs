using Portal.Infrastructure;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Features.SocialAssistance;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.Streets;

public sealed class StreetOverviewService(IDbContextFactory<PortalDbContext> contextFactory, StreetScopeLoader streets, TimeProvider clock)
{
    /// <summary>
    /// A street's page. Managers and read-only users may open any street; street staff only their own,
    /// as the user directory says at this moment.
    /// </summary>
    public async Task<PageData<StreetOverview>> OverviewAsync(string streetCode, int? year, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await streets.LoadAsync<StreetOverview>(db, streetCode, year, $"Street/{streetCode}", cancellationToken);
        if (scope is null)
            return refusal!;
        var (fundYear, street) = (scope.Year, scope.Street);
        var asOf = fundYear.ScheduleDate(clock.BeijingToday());

        var shares = (
            from project in fundYear.Projects.OrderBy(p => p.Order)
            from share in project.Shares.Where(s => s.StreetId == street.Id)
            let subproject = share.SubprojectId is { } id ? project.FindSubproject(id) : null
            let position = project.ShareLedger(share.Id).At(asOf)
            orderby project.Order, subproject?.Order ?? 0
            select new StreetShareLine(
                share.Id,
                project.Id,
                ChineseNumber.Parenthesized(project.Order),
                project.Name,
                subproject?.Name,
                (subproject?.Cycle ?? project.Cycle).Label,
                position.Allocation,
                position.Spent,
                position.CarryOver,
                share.Purpose)).ToList();

        var reports = await db.SubsidyReports.AsNoTracking()
            .Where(r => r.FundYearId == fundYear.Id && r.StreetId == street.Id)
            .ToListAsync(cancellationToken);
        var reportLines = reports
            .OrderBy(r => r.Month ?? 0)
            .Select(r =>
            {
                var amounts = ElderlyAmounts.Sum(r.Lines.Select(ElderlyAmounts.Of));
                return new StreetReportLine(
                    r.Month is { } month ? month.ToString(CultureInfo.InvariantCulture) + " 月" : "全年",
                    ReportStatusNames.Of(r.Status),
                    r.Status.IsCounted(),
                    amounts.PersonTimes,
                    amounts.Lottery,
                    amounts.Matching);
            })
            .ToList();
        var counted = ElderlyAmounts.Sum(reports.Where(r => r.Status.IsCounted()).SelectMany(r => r.Lines).Select(ElderlyAmounts.Of));
        var streetsById = scope.District.Streets.ToDictionary(s => s.Id);
        var withShares = fundYear.Projects.Where(p => p.Shares.Any(s => s.StreetId == street.Id)).OrderBy(p => p.Order).ToList();
        var spendings = withShares
            .SelectMany(p => SpendingList.Of(p, streetsById, s => s.StreetShareId is { } id && p.FindShare(id)?.StreetId == street.Id))
            .ToList();

        return PageData.Of(new StreetOverview(
            fundYear.Year,
            street.Code,
            street.FullName,
            asOf,
            scope.User.IsManager || (scope.User.IsStreetStaff && scope.User.StreetId == street.Id),
            Money.Sum(shares.Select(s => s.Amount)),
            Money.Sum(shares.Select(s => s.Spent)),
            shares,
            reportLines,
            counted,
            spendings,
            withShares.ToDictionary(p => p.Id, p => p.Version),
            fundYear.PublishedEdition));
    }
}
