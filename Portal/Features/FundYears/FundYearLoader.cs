using Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Features.FundYears;

/// <summary>
/// Finds the caller's district (as the user directory says now) and one of its fund years, read-only, with
/// everything under it. Every feature's reads start here, so "which year" means the same thing on every
/// page, and no page reads another district's year: a caller without a district (a city-level account, or
/// nobody signed in) finds none.
/// </summary>
public sealed class FundYearLoader(IOptions<PortalOptions> options, PortalUserAccessor users, TimeProvider clock)
{
    /// <summary>The caller's district, or null when the caller has none.</summary>
    public async Task<District?> DistrictAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await CallerDistrictIdAsync(cancellationToken) is not { } id)
            return null;
        return await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    /// <summary>The district this deployment is configured for (<see cref="PortalOptions.DistrictCode"/>), whoever asks.</summary>
    public async Task<District?> ConfiguredDistrictAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Code == options.Value.DistrictCode, cancellationToken);
    }

    /// <summary>The caller's district: what every lookup of a row by its id is scoped to (null: none, so nothing is found).</summary>
    public async Task<Guid?> CallerDistrictIdAsync(CancellationToken cancellationToken = default)
    {
        var user = await users.GetAsync(cancellationToken);
        return user.IsInDistrict ? user.DistrictId : null;
    }

    /// <summary>The requested year, or the current one (<see cref="FundYear.Current"/>) when none is asked for.</summary>
    public async Task<(District District, FundYear Year)?> LoadAsync(PortalDbContext db, int? year, CancellationToken cancellationToken = default) =>
        await LoadAsync(db, year, FundYearDetail.Whole, cancellationToken);

    /// <summary>As <see cref="LoadAsync(PortalDbContext, int?, CancellationToken)"/>, loading only as much of the year as asked.</summary>
    public async Task<(District District, FundYear Year)?> LoadAsync(PortalDbContext db, int? year, FundYearDetail detail, CancellationToken cancellationToken = default)
    {
        var district = await DistrictAsync(db, cancellationToken);
        if (district is null)
            return null;
        var years = db.FundYears.AsNoTracking().AsSplitQuery().Where(y => y.DistrictId == district.Id);
        if (detail == FundYearDetail.Headline)
            years = years.IgnoreAutoIncludes().Include(y => y.Projects).Include(y => y.Transfers);
        else if (detail == FundYearDetail.WithoutSpending)
        {
            years = years.IgnoreAutoIncludes().Include(y => y.Transfers)
                .Include(y => y.Projects).ThenInclude(p => p.Subprojects)
                .Include(y => y.Projects).ThenInclude(p => p.Shares)
                .Include(y => y.Projects).ThenInclude(p => p.Indicators);
        }
        year ??= Current(await db.FundYears.Where(y => y.DistrictId == district.Id).Select(y => y.Year).ToListAsync(cancellationToken));
        if (year is not { } wanted)
            return null;
        var fundYear = await years.SingleOrDefaultAsync(y => y.Year == wanted, cancellationToken);
        return fundYear is null ? null : (district, fundYear);
    }

    /// <summary>The year meant when none is named: the fund year of today's calendar year, else the latest before it.</summary>
    public int? Current(IEnumerable<int> years) => FundYear.Current(years, clock.BeijingToday());

    /// <summary>
    /// The district's years, latest first, in one query: every page's menu and year selector ask for them,
    /// so they do not load the district and its streets first.
    /// </summary>
    public async Task<IReadOnlyList<int>> YearsAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await CallerDistrictIdAsync(cancellationToken) is not { } district)
            return [];
        return await db.FundYears.AsNoTracking()
            .Where(y => y.DistrictId == district)
            .OrderByDescending(y => y.Year)
            .Select(y => y.Year)
            .ToListAsync(cancellationToken);
    }
}

/// <summary>How much of a fund year a reader needs.</summary>
public enum FundYearDetail
{
    /// <summary>Everything under the year: what the project pages, the report and every write need.</summary>
    Whole,

    /// <summary>
    /// The year, its projects and its transfers, without what lies under the projects (subprojects, shares,
    /// spending, indicators). The year's own totals are whole; a project's budgets are not, so a reader
    /// asking for this adds spending up in the database instead.
    /// </summary>
    Headline,

    /// <summary>
    /// Everything under the year but its spending rows: the text of every project, subproject, street share
    /// and indicator, for a reader that adds spending up in the database. A project's budgets are not whole.
    /// </summary>
    WithoutSpending,
}
