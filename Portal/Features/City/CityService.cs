using Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features.Figures;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.City;

/// <summary>
/// The city-year: every district's fund year of one calendar year. Like the district dashboard it adds
/// money up in the database (a city-year holds tens of thousands of monthly lines), and keeps the rules in
/// the domain: schedule checks, the year's unallocated money, report due dates.
/// </summary>
public sealed class CityService(IDbContextFactory<PortalDbContext> contextFactory, ReadAuthorizer reads, TimeProvider clock)
{
    /// <summary>Every district's <paramref name="year"/> (default the latest), with execution measured on <paramref name="asOf"/> (default today).</summary>
    /// <summary>Whether the portal holds more than one district, so that a city view means something.</summary>
    public async Task<bool> HoldsSeveralDistrictsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // A database holds one district or a city's few dozen: counting them is as cheap as any other test.
        return await db.Districts.CountAsync(cancellationToken) > 1;
    }

    /// <summary>Whether no district has been set up yet: a new database, shown the first-run page.</summary>
    public async Task<bool> IsFirstRunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return !await db.Districts.AnyAsync(cancellationToken);
    }

    public async Task<PageData<CityView>> CityAsync(int? year, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var user = await reads.UserAsync(cancellationToken);
        if (!user.IsCityLevel)
            return await reads.RefuseAsync<CityView>(user, $"City/{year}", AuthorizationMessages.CityOnly);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.BeijingToday();

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

        // One date for the whole table: the one asked for, or the earliest of the districts' schedule dates.
        var date = asOf ?? years.Min(y => y.ScheduleDate(today));
        var spending = await SpendingSums.OfCalendarYearAsync(db, year.Value, cancellationToken);
        var elderlySums = await ElderlySums.OfCalendarYearAsync(db, year.Value, cancellationToken);

        var rows = years.Select(fundYear =>
        {
            var district = districts[fundYear.DistrictId];
            var ledgers = fundYear.Projects.Select(p => (Project: p, Ledger: fundYear.LedgerOf(p, spending))).ToList();
            var spentAsOf = Money.Sum(ledgers.Select(p => p.Ledger.SpentBy(date)));
            var allocatedAsOf = Money.Sum(ledgers.Select(p => p.Ledger.AllocationAt(date)));
            var lagging = ledgers.Count(p => p.Ledger.Schedule(p.Project.Cycle, p.Project.Status, date).IsLagging);
            var elderly = elderlySums.OfYear(fundYear.Id);
            var streetMonths = elderly.Months.Where(m => m.StreetId is not null && m.Month is not null).ToList();
            var overdue = Enumerable.Range(1, 12).Sum(month =>
            {
                var filed = streetMonths.Where(m => m.Month == month).ToList();
                var unfiledOverdue = StreetMonths.IsOverdue(fundYear, month, null, elderly.IsAnnualOnly, today) ? district.Streets - filed.Count : 0;
                return unfiledOverdue + filed.Count(m => StreetMonths.IsOverdue(fundYear, month, m.Status, elderly.IsAnnualOnly, today));
            });
            var paid = elderly.CountedTotal;
            return new CityDistrictRow(
                district.Code,
                district.Name,
                fundYear.Received,
                allocatedAsOf,
                fundYear.Unallocated,
                spentAsOf,
                BudgetLine.RateOf(allocatedAsOf, spentAsOf),
                lagging,
                paid.PersonTimes,
                paid.Total,
                streetMonths.Count(m => m.Status == ReportStatus.Approved),
                overdue);
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

}
