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
        var (scope, refusal) = await districts.LoadAsync<FundYearOverview>(db, year, "FundYear/overview", FundYearDetail.Headline, cancellationToken);
        return scope is null ? refusal! : PageData.Of(await ReadAsync(db, scope, cancellationToken));
    }

    /// <summary>The overview of a year already opened for reading (the dashboard's home reads it with its own figures).</summary>
    internal static async Task<FundYearOverview> ReadAsync(PortalDbContext db, DistrictScope scope, CancellationToken cancellationToken)
    {
        var (district, fundYear) = (scope.District, scope.Year);

        // Two sums the database adds up: spending by the cut-off, and every monthly line entered for the year.
        var spent = Money.FromFen(await db.Database.SqlQuery<long>($"""
            SELECT CAST(COALESCE(SUM(s."AmountFen"), 0) AS BIGINT) AS "Value"
            FROM "Projects" p JOIN "Spendings" s ON s."ProjectId" = p."Id"
            WHERE p."FundYearId" = {fundYear.Id} AND s."Date" <= {fundYear.CutOffDate}
            """).SingleAsync(cancellationToken));
        var elderly = await db.Database.SqlQuery<ElderlySums>($"""
            SELECT CAST(COALESCE(SUM(l."LotteryFen"), 0) AS BIGINT) AS "LotteryFen", CAST(COALESCE(SUM(l."MatchingFen"), 0) AS BIGINT) AS "MatchingFen",
                   CAST(COALESCE(SUM(l."PersonTimes"), 0) AS BIGINT) AS "PersonTimes"
            FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
            WHERE r."FundYearId" = {fundYear.Id}
            """).SingleAsync(cancellationToken);

        return new FundYearOverview(
            fundYear.Year,
            district.BureauName,
            fundYear.Received,
            fundYear.ElderlyBlock,
            fundYear.FactorBlock,
            fundYear.Allocated,
            fundYear.Unallocated,
            fundYear.TransferredToNextYear,
            spent,
            fundYear.Allocated - spent,
            fundYear.CutOffDate,
            fundYear.Projects.Count,
            Money.FromFen(elderly.LotteryFen),
            Money.FromFen(elderly.MatchingFen),
            elderly.PersonTimes);
    }

    private sealed record ElderlySums(long LotteryFen, long MatchingFen, long PersonTimes);
}
