using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data;

namespace Portal.Features.Dashboard;

/// <summary>
/// The sums the dashboard shows, added up by the database rather than by loading every spending and every
/// monthly line of a year into memory: a city-sized year has thousands of them and the dashboard needs a
/// few dozen totals. The SQL is plain (quoted names, CAST to BIGINT) so it reads the same on every provider.
/// </summary>
internal sealed record DashboardFigures(
    IReadOnlyDictionary<Guid, ProjectSpent> SpentByProject,
    IReadOnlyList<(DateOnly Date, Money Spent)> SpentByDay,
    IReadOnlyDictionary<Guid, (Money Shares, Money Spent)> SharesByStreet,
    IReadOnlyList<MonthStatus> Months,
    IReadOnlyList<ElderlySum> ElderlyByMonthAndType,
    IReadOnlyDictionary<Guid, ElderlySum> ElderlyByStreet,
    IReadOnlyList<FlaggedLine> Flagged)
{
    public static async Task<DashboardFigures> LoadAsync(PortalDbContext db, Guid fundYearId, DateOnly asOf, DateOnly cutOff, CancellationToken cancellationToken)
    {
        var spent = await db.Database.SqlQuery<ProjectSpentRow>($"""
            SELECT p."Id" AS "ProjectId",
                   CAST(COALESCE(SUM(CASE WHEN s."Date" <= {asOf} THEN s."AmountFen" ELSE 0 END), 0) AS BIGINT) AS "AsOfFen",
                   CAST(COALESCE(SUM(CASE WHEN s."Date" <= {cutOff} THEN s."AmountFen" ELSE 0 END), 0) AS BIGINT) AS "CutOffFen"
            FROM "Projects" p JOIN "Spendings" s ON s."ProjectId" = p."Id"
            WHERE p."FundYearId" = {fundYearId}
            GROUP BY p."Id"
            """).ToListAsync(cancellationToken);
        var byDay = await db.Database.SqlQuery<DayRow>($"""
            SELECT s."Date" AS "Date", CAST(SUM(s."AmountFen") AS BIGINT) AS "Fen"
            FROM "Projects" p JOIN "Spendings" s ON s."ProjectId" = p."Id"
            WHERE p."FundYearId" = {fundYearId}
            GROUP BY s."Date"
            """).ToListAsync(cancellationToken);
        var shares = await db.Database.SqlQuery<StreetSharesRow>($"""
            SELECT sh."StreetId" AS "StreetId",
                   CAST(SUM(sh."AmountFen") AS BIGINT) AS "SharesFen",
                   CAST(COALESCE(SUM((SELECT SUM(s."AmountFen") FROM "Spendings" s WHERE s."StreetShareId" = sh."Id")), 0) AS BIGINT) AS "SpentFen"
            FROM "Projects" p JOIN "StreetShares" sh ON sh."ProjectId" = p."Id"
            WHERE p."FundYearId" = {fundYearId}
            GROUP BY sh."StreetId"
            """).ToListAsync(cancellationToken);
        var months = await db.SubsidyReports.AsNoTracking().IgnoreAutoIncludes()
            .Where(r => r.FundYearId == fundYearId)
            .Select(r => new MonthStatus(r.Id, r.StreetId, r.Month, r.Status))
            .ToListAsync(cancellationToken);
        var byMonth = await db.Database.SqlQuery<ElderlyRow>($"""
            SELECT r."Month" AS "Month", l."SubsidyTypeId" AS "SubsidyTypeId", NULL AS "StreetId",
                   CAST(SUM(l."PersonTimes") AS BIGINT) AS "PersonTimes", CAST(SUM(l."LotteryFen" + l."MatchingFen") AS BIGINT) AS "PaidFen"
            FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
            WHERE r."FundYearId" = {fundYearId} AND r."Status" IN ({(int)ReportStatus.Submitted}, {(int)ReportStatus.Approved}) AND r."Month" IS NOT NULL
            GROUP BY r."Month", l."SubsidyTypeId"
            """).ToListAsync(cancellationToken);
        var byStreet = await db.Database.SqlQuery<ElderlyRow>($"""
            SELECT NULL AS "Month", NULL AS "SubsidyTypeId", r."StreetId" AS "StreetId",
                   CAST(SUM(l."PersonTimes") AS BIGINT) AS "PersonTimes", CAST(SUM(l."LotteryFen" + l."MatchingFen") AS BIGINT) AS "PaidFen"
            FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
            WHERE r."FundYearId" = {fundYearId} AND r."Status" IN ({(int)ReportStatus.Submitted}, {(int)ReportStatus.Approved}) AND r."StreetId" IS NOT NULL
            GROUP BY r."StreetId"
            """).ToListAsync(cancellationToken);
        var flaggedLines = await db.SubsidyReports.AsNoTracking()
            .Where(r => r.FundYearId == fundYearId)
            .SelectMany(r => r.Lines)
            .Where(l => l.RateFlag)
            .ToListAsync(cancellationToken);
        var reports = months.ToDictionary(m => m.ReportId);
        var flagged = flaggedLines.Select(l => new FlaggedLine(reports[l.ReportId].StreetId, reports[l.ReportId].Month, l)).ToList();

        return new DashboardFigures(
            spent.ToDictionary(s => s.ProjectId, s => new ProjectSpent(Money.FromFen(s.AsOfFen), Money.FromFen(s.CutOffFen))),
            byDay.Select(d => (d.Date, Money.FromFen(d.Fen))).ToList(),
            shares.ToDictionary(s => s.StreetId, s => (Money.FromFen(s.SharesFen), Money.FromFen(s.SpentFen))),
            months,
            byMonth.Select(e => e.ToSum()).ToList(),
            byStreet.ToDictionary(e => e.StreetId!.Value, e => e.ToSum()),
            flagged);
    }

    private sealed record ProjectSpentRow(Guid ProjectId, long AsOfFen, long CutOffFen);

    private sealed record DayRow(DateOnly Date, long Fen);

    private sealed record StreetSharesRow(Guid StreetId, long SharesFen, long SpentFen);

    private sealed record ElderlyRow(int? Month, Guid? SubsidyTypeId, Guid? StreetId, long PersonTimes, long PaidFen)
    {
        public ElderlySum ToSum() => new(Month, SubsidyTypeId, PersonTimes, Money.FromFen(PaidFen));
    }
}

/// <summary>What a project has spent by the dashboard's date and by the year's cut-off.</summary>
internal readonly record struct ProjectSpent(Money AsOf, Money ByCutOff);

internal sealed record MonthStatus(Guid ReportId, Guid? StreetId, int? Month, ReportStatus Status);

internal sealed record ElderlySum(int? Month, Guid? SubsidyTypeId, long PersonTimes, Money Paid);

/// <summary>A line outside the rate tables: rare, so it is read whole.</summary>
internal sealed record FlaggedLine(Guid? StreetId, int? Month, SubsidyLine Line);
