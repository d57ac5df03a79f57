using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.Streets;

public sealed class StreetOverviewService(IDbContextFactory<PortalDbContext> contextFactory, StreetScopeLoader streets) : IStreetOverviewService
{
    public async Task<PageData<StreetOverview>> OverviewAsync(string streetCode, int? year, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await streets.LoadAsync<StreetOverview>(db, streetCode, year, $"Street/{streetCode}", cancellationToken);
        if (scope is null)
            return refusal!;
        var (fundYear, street) = (scope.Year, scope.Street);

        var shares = (
            from project in fundYear.Projects.OrderBy(p => p.Order)
            from share in project.Shares.Where(s => s.StreetId == street.Id)
            let subproject = share.SubprojectId is { } id ? project.FindSubproject(id) : null
            let budget = project.ShareBudget(share.Id, fundYear.CutOffDate)
            orderby project.Order, subproject?.Order ?? 0
            select new StreetShareLine(
                share.Id,
                project.Id,
                ChineseNumber.Parenthesized(project.Order),
                project.Name,
                subproject?.Name,
                (subproject?.Cycle ?? project.Cycle).Label,
                share.Amount,
                budget.SpentInTotal,
                budget.Balance,
                share.Purpose)).ToList();

        var reports = await db.SubsidyReports.AsNoTracking()
            .Where(r => r.FundYearId == fundYear.Id && r.StreetId == street.Id)
            .ToListAsync(cancellationToken);
        var reportLines = reports
            .OrderBy(r => r.Month ?? 0)
            .Select(r => new StreetReportLine(
                r.Month is { } month ? month.ToString(CultureInfo.InvariantCulture) + " 月" : "全年",
                ReportStatusNames.Of(r.Status),
                r.Lines.Sum(l => l.PersonTimes),
                r.Lottery,
                r.Matching))
            .ToList();

        return PageData.Of(new StreetOverview(
            fundYear.Year,
            street.Code,
            street.FullName,
            fundYear.CutOffDate,
            scope.User.IsManager || (scope.User.IsStreetStaff && scope.User.StreetId == street.Id),
            Money.Sum(shares.Select(s => s.Amount)),
            Money.Sum(shares.Select(s => s.Spent)),
            shares,
            reportLines));
    }
}
