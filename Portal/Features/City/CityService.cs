using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.City;

/// <summary>
/// The city-year: every district's fund year of one calendar year. Like the district dashboard it adds
/// money up in the database (a city-year holds tens of thousands of monthly lines), and keeps the rules in
/// the domain: schedule checks, the year's unallocated money, report due dates.
/// </summary>
public sealed class CityService(IDbContextFactory<PortalDbContext> contextFactory, IReadAuthorizer reads, TimeProvider clock) : ICityService
{
    public async Task<bool> HoldsSeveralDistrictsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // A database holds one district or a city's few dozen: counting them is as cheap as any other test.
        return await db.Districts.CountAsync(cancellationToken) > 1;
    }

    public async Task<PageData<CityView>> CityAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.CanReadDistrict)
            return reads.Refuse<CityView>(user, $"City/{year}", AuthorizationMessages.DistrictOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var date = asOf ?? today;

        year ??= await db.FundYears.MaxAsync(y => (int?)y.Year, cancellationToken);
        if (year is null)
            return PageData.NotFound<CityView>(FundYearPageMessages.NotFound(null));
        var years = await db.FundYears.AsNoTracking().AsSplitQuery().IgnoreAutoIncludes()
            .Include(y => y.Projects).Include(y => y.Transfers)
            .Where(y => y.Year == year)
            .ToListAsync(cancellationToken);
        if (years.Count == 0)
            return PageData.NotFound<CityView>(FundYearPageMessages.NotFound(year));
        var districts = await db.Districts.AsNoTracking().IgnoreAutoIncludes()
            .Select(d => new { d.Id, d.Code, d.Name, Streets = d.Streets.Count })
            .ToDictionaryAsync(d => d.Id, cancellationToken);

        var spent = await db.Database.SqlQuery<ProjectSpentRow>($"""
            SELECT p."Id" AS "ProjectId", CAST(COALESCE(SUM(s."AmountFen"), 0) AS BIGINT) AS "Fen"
            FROM "Projects" p JOIN "Spendings" s ON s."ProjectId" = p."Id"
            WHERE p."FundYearId" IN (SELECT "Id" FROM "FundYears" WHERE "Year" = {year}) AND s."Date" <= {date}
            GROUP BY p."Id"
            """).ToDictionaryAsync(r => r.ProjectId, r => Money.FromFen(r.Fen), cancellationToken);
        // One row per district-year, month and status: how many street months, and what their lines paid.
        var months = await db.Database.SqlQuery<MonthRow>($"""
            SELECT r."FundYearId" AS "FundYearId", r."Month" AS "Month", r."Status" AS "Status", COUNT(DISTINCT r."Id") AS "Reports",
                   CAST(COALESCE(SUM(l."PersonTimes"), 0) AS BIGINT) AS "PersonTimes", CAST(COALESCE(SUM(l."LotteryFen" + l."MatchingFen"), 0) AS BIGINT) AS "PaidFen"
            FROM "SubsidyReports" r LEFT JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
            WHERE r."FundYearId" IN (SELECT "Id" FROM "FundYears" WHERE "Year" = {year})
            GROUP BY r."FundYearId", r."Month", r."Status"
            """).ToListAsync(cancellationToken);
        var monthsByYear = months.ToLookup(m => m.FundYearId);

        var rows = years.Select(fundYear =>
        {
            var district = districts[fundYear.DistrictId];
            var projectSpent = fundYear.Projects.Select(p => (Project: p, Spent: spent.GetValueOrDefault(p.Id, Money.Zero))).ToList();
            var spentAsOf = Money.Sum(projectSpent.Select(p => p.Spent));
            var lagging = projectSpent.Count(p => ScheduleCheck.Of(p.Project.Allocation, p.Spent, p.Project.Cycle, date).IsLagging);
            var ofYear = monthsByYear[fundYear.Id].ToList();
            // A year known only from district-wide yearly totals has no street months to chase.
            var monthly = !ofYear.Any(m => m.Month is null);
            var due = monthly ? Enumerable.Range(1, 12).Where(m => today > fundYear.ReportDueDate(m)).ToHashSet() : [];
            var handedIn = ofYear.Where(m => m.Month is { } month && due.Contains(month) && m.Status.IsCounted()).Sum(m => m.Reports);
            var paid = ofYear.Where(m => m.Status.IsCounted()).ToList();
            return new CityDistrictRow(
                district.Code,
                district.Name,
                fundYear.Received,
                fundYear.Allocated,
                fundYear.Unallocated,
                spentAsOf,
                BudgetLine.RateOf(fundYear.Allocated, spentAsOf),
                lagging,
                paid.Sum(m => m.PersonTimes),
                Money.FromFen(paid.Sum(m => m.PaidFen)),
                ofYear.Where(m => m.Month is not null && m.Status == ReportStatus.Approved).Sum(m => m.Reports),
                (due.Count * district.Streets) - handedIn);
        }).OrderBy(r => r.DistrictCode, StringComparer.Ordinal).ToList();

        var allocated = Money.Sum(rows.Select(r => r.Allocated));
        var spentInCity = Money.Sum(rows.Select(r => r.SpentAsOf));
        var total = new CityDistrictRow(
            string.Empty,
            "全市合计",
            Money.Sum(rows.Select(r => r.Received)),
            allocated,
            Money.Sum(rows.Select(r => r.Unallocated)),
            spentInCity,
            BudgetLine.RateOf(allocated, spentInCity),
            rows.Sum(r => r.ProjectsLagging),
            rows.Sum(r => r.ElderlyPersonTimes),
            Money.Sum(rows.Select(r => r.ElderlyPaid)),
            rows.Sum(r => r.MonthsApproved),
            rows.Sum(r => r.MonthsOverdue));
        return PageData.Of(new CityView(year.Value, date, total, rows));
    }

    private sealed record ProjectSpentRow(Guid ProjectId, long Fen);


    private sealed record MonthRow(Guid FundYearId, int? Month, ReportStatus Status, int Reports, long PersonTimes, long PaidFen);
}
