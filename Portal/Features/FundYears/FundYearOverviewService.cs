using Microsoft.EntityFrameworkCore;
using Portal.Features.Figures;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.FundYears;

public sealed class FundYearOverviewService(IDbContextFactory<PortalDbContext> contextFactory, FundYearLoader loader, DistrictScopeLoader districts)
{
    /// <summary>The fund years there are, newest first, and the one meant when none is named, for the year selector.</summary>
    public async Task<FundYearChoice> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var years = await loader.YearsAsync(db, cancellationToken);
        return new FundYearChoice(years, loader.Current(years));
    }

    /// <summary>The money of one year at a glance; null when the year does not exist.</summary>
    public async Task<PageData<FundYearOverview>> OverviewAsync(int? year, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await districts.LoadAsync<FundYearOverview>(db, year, "FundYear/overview", FundYearDetail.Headline, cancellationToken);
        if (scope is null)
            return refusal!;
        var spending = await SpendingSums.OfYearAsync(db, scope.Year.Id, cancellationToken);
        var elderly = await ElderlySums.OfYearAsync(db, scope.Year.Id, cancellationToken);
        return PageData.Of(Of(scope, spending, elderly));
    }

    /// <summary>The overview from sums already read (the dashboard's home reads them once for both).</summary>
    internal static FundYearOverview Of(DistrictScope scope, IReadOnlyList<Domain.SocialAssistance.SpendingSum> spending, ElderlySums elderly)
    {
        var (district, fundYear) = (scope.District, scope.Year);
        var counted = elderly.CountedTotal;
        return new FundYearOverview(
            fundYear.Year,
            district.BureauName,
            fundYear.CutOffDate,
            fundYear.Projects.Count,
            fundYear.Statement(counted.Lottery, spending),
            counted);
    }
}
