using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using Portal.Infrastructure.Data;

namespace Portal.Features.Figures;

/// <summary>
/// The spending of fund years summed by the database, one row per node (project, subproject, street share)
/// and day: a city-sized year has thousands of entries, and a page needs a few dozen totals. The rows go to
/// the domain's ledgers (<see cref="FundYear.LedgerOf(Project, IEnumerable{SpendingSum})"/>), which decide
/// what counts by a date, exactly as they do for the entries of an aggregate.
/// </summary>
internal static class SpendingSums
{
    public static Task<IReadOnlyList<SpendingSum>> OfYearAsync(PortalDbContext db, Guid fundYearId, CancellationToken cancellationToken) =>
        ReadAsync(db, fundYearId, calendarYear: null, cancellationToken);

    /// <summary>The spending of every district's fund year of one calendar year (the city view).</summary>
    public static Task<IReadOnlyList<SpendingSum>> OfCalendarYearAsync(PortalDbContext db, int year, CancellationToken cancellationToken) =>
        ReadAsync(db, fundYearId: null, year, cancellationToken);

    /// <summary>One fund year, or every fund year of a calendar year: one query, so both read the same rows the same way.</summary>
    private static async Task<IReadOnlyList<SpendingSum>> ReadAsync(PortalDbContext db, Guid? fundYearId, int? calendarYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Never null parameters: no fund year has the empty id, and none is year 0.
        var (id, year) = (fundYearId ?? Guid.Empty, calendarYear ?? 0);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT s."ProjectId" AS "ProjectId", s."SubprojectId" AS "SubprojectId", s."StreetShareId" AS "StreetShareId",
                   s."Date" AS "Date", CAST(SUM(s."AmountFen") AS BIGINT) AS "Fen"
            FROM "Projects" p JOIN "Spendings" s ON s."ProjectId" = p."Id"
            WHERE p."FundYearId" IN (SELECT y."Id" FROM "FundYears" y WHERE y."Id" = {id} OR y."Year" = {year})
            GROUP BY s."ProjectId", s."SubprojectId", s."StreetShareId", s."Date"
            """).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToSum()).ToList();
    }

    private sealed record Row(Guid ProjectId, Guid? SubprojectId, Guid? StreetShareId, DateOnly Date, long Fen)
    {
        public SpendingSum ToSum() => new(ProjectId, SubprojectId, StreetShareId, Date, Money.FromFen(Fen));
    }
}
