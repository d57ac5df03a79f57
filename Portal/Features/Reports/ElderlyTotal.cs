using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data;

namespace Portal.Features.Reports;

/// <summary>
/// What one subsidy paid in a year, counting the months the domain counts (submitted and approved), as the
/// report states them. Added up by the database: a city-sized year has thousands of monthly lines and the
/// report needs two sums.
/// </summary>
public sealed record ElderlyTotal(SubsidyType Type, long PersonTimes, Money Lottery, Money Matching)
{
    public Money Total => Lottery + Matching;

    /// <summary>One total per subsidy type, zero for a type nothing was paid under.</summary>
    public static async Task<IReadOnlyList<ElderlyTotal>> OfYearAsync(PortalDbContext db, Guid fundYearId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var types = await db.SubsidyTypes.AsNoTracking().IgnoreAutoIncludes().ToListAsync(cancellationToken);
        var sums = await db.Database.SqlQuery<Row>($"""
            SELECT l."SubsidyTypeId" AS "SubsidyTypeId", r."Status" AS "Status", CAST(SUM(l."PersonTimes") AS BIGINT) AS "PersonTimes",
                   CAST(SUM(l."LotteryFen") AS BIGINT) AS "LotteryFen", CAST(SUM(l."MatchingFen") AS BIGINT) AS "MatchingFen"
            FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
            WHERE r."FundYearId" = {fundYearId}
            GROUP BY l."SubsidyTypeId", r."Status"
            """).ToListAsync(cancellationToken);
        var counted = sums.Where(s => s.Status.IsCounted()).ToLookup(s => s.SubsidyTypeId);
        return types.Select(t => new ElderlyTotal(
            t,
            counted[t.Id].Sum(s => s.PersonTimes),
            Money.FromFen(counted[t.Id].Sum(s => s.LotteryFen)),
            Money.FromFen(counted[t.Id].Sum(s => s.MatchingFen)))).ToList();
    }

    private sealed record Row(Guid SubsidyTypeId, ReportStatus Status, long PersonTimes, long LotteryFen, long MatchingFen);
}
