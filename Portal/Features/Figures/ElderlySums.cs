using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data;

namespace Portal.Features.Figures;

/// <summary>
/// The monthly elderly-subsidy lines of fund years summed by the database, one row per street month (or
/// yearly total) and subsidy: a city-sized year holds tens of thousands of lines. Which months count, and
/// whether a year is known only from yearly totals, is the domain's to say (<see cref="StreetMonths"/>);
/// every page reads its elderly figures through here.
/// </summary>
internal sealed class ElderlySums
{
    private ElderlySums(IReadOnlyList<ElderlySumRow> rows)
    {
        Rows = rows;
        Months = rows.DistinctBy(r => r.ReportId).Select(r => new StreetMonthStatus(r.FundYearId, r.ReportId, r.StreetId, r.Month, r.Status)).ToList();
    }

    /// <summary>One row per report and subsidy; a report without lines gives one row without a subsidy.</summary>
    public IReadOnlyList<ElderlySumRow> Rows { get; }

    /// <summary>Every report (street month or yearly total) with its status, counted or not.</summary>
    public IReadOnlyList<StreetMonthStatus> Months { get; }

    /// <summary>The lines of the months that count, and only those.</summary>
    public IEnumerable<ElderlySumRow> Counted => Rows.Where(r => r.Status.IsCounted() && r.SubsidyTypeId is not null);

    /// <summary>Whether the (one) year these rows belong to is known only from yearly totals.</summary>
    public bool IsAnnualOnly => StreetMonths.IsAnnualOnly(Months.Select(m => m.Month));

    public ElderlyAmounts CountedTotal => ElderlyAmounts.Sum(Counted.Select(r => r.Amounts));

    public ElderlyAmounts CountedOfType(Guid subsidyTypeId) => ElderlyAmounts.Sum(Counted.Where(r => r.SubsidyTypeId == subsidyTypeId).Select(r => r.Amounts));

    /// <summary>Restricted to one fund year (the city view reads every district's year at once).</summary>
    public ElderlySums OfYear(Guid fundYearId) => new(Rows.Where(r => r.FundYearId == fundYearId).ToList());

    public static Task<ElderlySums> OfYearAsync(PortalDbContext db, Guid fundYearId, CancellationToken cancellationToken) =>
        ReadAsync(db, fundYearId, calendarYear: null, cancellationToken);

    /// <summary>Every district's fund year of one calendar year (the city view).</summary>
    public static Task<ElderlySums> OfCalendarYearAsync(PortalDbContext db, int year, CancellationToken cancellationToken) =>
        ReadAsync(db, fundYearId: null, year, cancellationToken);

    /// <summary>One fund year, or every fund year of a calendar year: one query, so both read the same rows the same way.</summary>
    private static async Task<ElderlySums> ReadAsync(PortalDbContext db, Guid? fundYearId, int? calendarYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Never null parameters: no fund year has the empty id, and none is year 0.
        var (id, year) = (fundYearId ?? Guid.Empty, calendarYear ?? 0);
        return new ElderlySums(await db.Database.SqlQuery<ElderlySumRow>($"""
            SELECT r."FundYearId" AS "FundYearId", r."Id" AS "ReportId", r."StreetId" AS "StreetId", r."Month" AS "Month", r."Status" AS "Status",
                   l."SubsidyTypeId" AS "SubsidyTypeId",
                   CAST(COALESCE(SUM(l."PersonTimes"), 0) AS BIGINT) AS "PersonTimes",
                   CAST(COALESCE(SUM(l."LotteryFen"), 0) AS BIGINT) AS "LotteryFen",
                   CAST(COALESCE(SUM(l."MatchingFen"), 0) AS BIGINT) AS "MatchingFen",
                   CAST(COALESCE(SUM(CASE WHEN l."RateFlag" THEN 1 ELSE 0 END), 0) AS BIGINT) AS "Flagged",
                   CAST(COALESCE(SUM(CASE WHEN l."SplitEstimated" THEN 1 ELSE 0 END), 0) AS BIGINT) AS "Estimated"
            FROM "SubsidyReports" r LEFT JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
            WHERE r."FundYearId" IN (SELECT y."Id" FROM "FundYears" y WHERE y."Id" = {id} OR y."Year" = {year})
            GROUP BY r."FundYearId", r."Id", r."StreetId", r."Month", r."Status", l."SubsidyTypeId"
            """).ToListAsync(cancellationToken));
    }
}

/// <summary>What one report's lines of one subsidy add up to.</summary>
internal sealed record ElderlySumRow(
    Guid FundYearId, Guid ReportId, Guid? StreetId, int? Month, ReportStatus Status, Guid? SubsidyTypeId,
    long PersonTimes, long LotteryFen, long MatchingFen, long Flagged, long Estimated)
{
    public ElderlyAmounts Amounts => new(PersonTimes, Money.FromFen(LotteryFen), Money.FromFen(MatchingFen), Estimated > 0);
}

/// <summary>One report (a street month, or a yearly total when <see cref="Month"/> is null) and where it stands.</summary>
internal sealed record StreetMonthStatus(Guid FundYearId, Guid ReportId, Guid? StreetId, int? Month, ReportStatus Status);
