using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data;

namespace Portal.Features.Dashboard;

/// <summary>
/// The sums the dashboard shows, added up by the database rather than by loading every spending and every
/// monthly line of a year into memory: a city-sized year has thousands of them and the dashboard needs a
/// few dozen totals. Each table is read once, grouped as finely as the dashboard needs (spending by project
/// and day, monthly lines by street month and subsidy), and the coarser sums are taken from those rows here,
/// where the domain says which months count. The SQL is plain (quoted names, CAST to BIGINT) so it reads the
/// same on every provider.
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
        var spending = await db.Database.SqlQuery<SpendingRow>($"""
            SELECT s."ProjectId" AS "ProjectId", s."Date" AS "Date", CAST(SUM(s."AmountFen") AS BIGINT) AS "Fen"
            FROM "Projects" p JOIN "Spendings" s ON s."ProjectId" = p."Id"
            WHERE p."FundYearId" = {fundYearId}
            GROUP BY s."ProjectId", s."Date"
            """).ToListAsync(cancellationToken);
        var shares = await db.Database.SqlQuery<StreetSharesRow>($"""
            SELECT sh."StreetId" AS "StreetId",
                   CAST(SUM(sh."AmountFen") AS BIGINT) AS "SharesFen",
                   CAST(COALESCE(SUM((SELECT SUM(s."AmountFen") FROM "Spendings" s WHERE s."StreetShareId" = sh."Id")), 0) AS BIGINT) AS "SpentFen"
            FROM "Projects" p JOIN "StreetShares" sh ON sh."ProjectId" = p."Id"
            WHERE p."FundYearId" = {fundYearId}
            GROUP BY sh."StreetId"
            """).ToListAsync(cancellationToken);
        // One row per street month and subsidy (a month without lines gives one row with no subsidy).
        var lines = await db.Database.SqlQuery<ReportLinesRow>($"""
            SELECT r."Id" AS "ReportId", r."StreetId" AS "StreetId", r."Month" AS "Month", r."Status" AS "Status",
                   l."SubsidyTypeId" AS "SubsidyTypeId",
                   CAST(COALESCE(SUM(l."PersonTimes"), 0) AS BIGINT) AS "PersonTimes",
                   CAST(COALESCE(SUM(l."LotteryFen" + l."MatchingFen"), 0) AS BIGINT) AS "PaidFen",
                   CAST(COALESCE(SUM(CASE WHEN l."RateFlag" THEN 1 ELSE 0 END), 0) AS BIGINT) AS "Flagged"
            FROM "SubsidyReports" r LEFT JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
            WHERE r."FundYearId" = {fundYearId}
            GROUP BY r."Id", r."StreetId", r."Month", r."Status", l."SubsidyTypeId"
            """).ToListAsync(cancellationToken);

        var months = lines.DistinctBy(l => l.ReportId).Select(l => new MonthStatus(l.ReportId, l.StreetId, l.Month, l.Status)).ToList();
        var counted = lines.Where(l => l.Status.IsCounted() && l.SubsidyTypeId is not null).ToList();
        var byMonth = counted.Where(l => l.Month is not null)
            .GroupBy(l => (l.Month, l.SubsidyTypeId))
            .Select(g => new ElderlySum(g.Key.Month, g.Key.SubsidyTypeId, g.Sum(l => l.PersonTimes), Money.FromFen(g.Sum(l => l.PaidFen))))
            .ToList();
        var byStreet = counted.Where(l => l.StreetId is not null)
            .GroupBy(l => l.StreetId!.Value)
            .ToDictionary(g => g.Key, g => new ElderlySum(null, null, g.Sum(l => l.PersonTimes), Money.FromFen(g.Sum(l => l.PaidFen))));

        // A line outside the rate tables is rare, so it is read whole, and only when there is one.
        IReadOnlyList<FlaggedLine> flagged = [];
        if (lines.Any(l => l.Flagged > 0))
        {
            var reports = months.ToDictionary(m => m.ReportId);
            var flaggedLines = await db.SubsidyReports.AsNoTracking()
                .Where(r => r.FundYearId == fundYearId)
                .SelectMany(r => r.Lines)
                .Where(l => l.RateFlag)
                .ToListAsync(cancellationToken);
            flagged = flaggedLines.Select(l => new FlaggedLine(reports[l.ReportId].StreetId, reports[l.ReportId].Month, l)).ToList();
        }

        return new DashboardFigures(
            spending.GroupBy(s => s.ProjectId).ToDictionary(g => g.Key, g => new ProjectSpent(
                Money.FromFen(g.Where(s => s.Date <= asOf).Sum(s => s.Fen)),
                Money.FromFen(g.Where(s => s.Date <= cutOff).Sum(s => s.Fen)))),
            spending.GroupBy(s => s.Date).Select(g => (g.Key, Money.FromFen(g.Sum(s => s.Fen)))).ToList(),
            shares.ToDictionary(s => s.StreetId, s => (Money.FromFen(s.SharesFen), Money.FromFen(s.SpentFen))),
            months,
            byMonth,
            byStreet,
            flagged);
    }

    private sealed record SpendingRow(Guid ProjectId, DateOnly Date, long Fen);

    private sealed record StreetSharesRow(Guid StreetId, long SharesFen, long SpentFen);

    private sealed record ReportLinesRow(Guid ReportId, Guid? StreetId, int? Month, ReportStatus Status, Guid? SubsidyTypeId, long PersonTimes, long PaidFen, long Flagged);
}

/// <summary>What a project has spent by the dashboard's date and by the year's cut-off.</summary>
internal readonly record struct ProjectSpent(Money AsOf, Money ByCutOff);

internal sealed record MonthStatus(Guid ReportId, Guid? StreetId, int? Month, ReportStatus Status);

internal sealed record ElderlySum(int? Month, Guid? SubsidyTypeId, long PersonTimes, Money Paid);

/// <summary>A line outside the rate tables: rare, so it is read whole.</summary>
internal sealed record FlaggedLine(Guid? StreetId, int? Month, SubsidyLine Line);
