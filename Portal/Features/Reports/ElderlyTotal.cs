using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data;

namespace Portal.Features.Reports;

/// <summary>
/// What one subsidy paid in a year, counting submitted and approved months (as the report states them).
/// Added up by the database: a city-sized year has thousands of monthly lines and the report needs two sums.
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
            SELECT l."SubsidyTypeId" AS "SubsidyTypeId", CAST(SUM(l."PersonTimes") AS BIGINT) AS "PersonTimes",
                   CAST(SUM(l."LotteryFen") AS BIGINT) AS "LotteryFen", CAST(SUM(l."MatchingFen") AS BIGINT) AS "MatchingFen"
            FROM "SubsidyReports" r JOIN "SubsidyLines" l ON l."ReportId" = r."Id"
            WHERE r."FundYearId" = {fundYearId} AND r."Status" IN ({(int)ReportStatus.Submitted}, {(int)ReportStatus.Approved})
            GROUP BY l."SubsidyTypeId"
            """).ToDictionaryAsync(r => r.SubsidyTypeId, cancellationToken);
        return types.Select(t => sums.GetValueOrDefault(t.Id) is { } sum
            ? new ElderlyTotal(t, sum.PersonTimes, Money.FromFen(sum.LotteryFen), Money.FromFen(sum.MatchingFen))
            : new ElderlyTotal(t, 0, Money.Zero, Money.Zero)).ToList();
    }

    private sealed record Row(Guid SubsidyTypeId, long PersonTimes, long LotteryFen, long MatchingFen);
}
