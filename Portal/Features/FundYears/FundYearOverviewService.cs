using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.FundYears;

public sealed class FundYearOverviewService(IDbContextFactory<PortalDbContext> contextFactory, FundYearLoader loader, DistrictScopeLoader districts) : IFundYearOverviewService
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await loader.YearsAsync(db, cancellationToken);
    }

    public async Task<PageData<FundYearOverview>> OverviewAsync(int? year, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await districts.LoadAsync<FundYearOverview>(db, year, "FundYear/overview", cancellationToken);
        if (scope is null)
            return refusal!;
        var (district, fundYear) = (scope.District, scope.Year);

        var lines = await db.SubsidyReports.AsNoTracking()
            .Where(r => r.FundYearId == fundYear.Id)
            .SelectMany(r => r.Lines)
            .ToListAsync(cancellationToken);

        var budgets = fundYear.Projects.Select(p => p.Budget(fundYear.CutOffDate)).ToList();
        return PageData.Of<FundYearOverview>(new FundYearOverview(
            fundYear.Year,
            district.BureauName,
            fundYear.Received,
            fundYear.ElderlyBlock,
            fundYear.FactorBlock,
            fundYear.Allocated,
            fundYear.Unallocated,
            fundYear.TransferredToNextYear,
            Money.Sum(budgets.Select(b => b.SpentInTotal)),
            Money.Sum(budgets.Select(b => b.Balance)),
            fundYear.CutOffDate,
            fundYear.Projects.Count,
            Money.Sum(lines.Select(l => l.Lottery)),
            Money.Sum(lines.Select(l => l.Matching)),
            lines.Sum(l => l.PersonTimes)));
    }
}
