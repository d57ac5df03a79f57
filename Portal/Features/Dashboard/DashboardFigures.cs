using Microsoft.EntityFrameworkCore;
using Portal.Domain.ElderlySubsidy;
using Portal.Domain.SocialAssistance;
using Portal.Features.Figures;
using Portal.Infrastructure.Data;

namespace Portal.Features.Dashboard;

/// <summary>
/// What the dashboard is drawn from: the year's spending and monthly lines as the database sums them
/// (<see cref="SpendingSums"/>, <see cref="ElderlySums"/>), and the few lines outside the rate tables, read
/// whole. The domain's ledgers and month rules turn these into every figure the dashboard shows.
/// </summary>
internal sealed record DashboardFigures(IReadOnlyList<SpendingSum> Spending, ElderlySums Elderly, IReadOnlyList<FlaggedLine> Flagged)
{
    public static async Task<DashboardFigures> LoadAsync(PortalDbContext db, Guid fundYearId, CancellationToken cancellationToken)
    {
        var spending = await SpendingSums.OfYearAsync(db, fundYearId, cancellationToken);
        var elderly = await ElderlySums.OfYearAsync(db, fundYearId, cancellationToken);

        // A line outside the rate tables is rare, so it is read whole, and only when there is one.
        IReadOnlyList<FlaggedLine> flagged = [];
        if (elderly.Rows.Any(l => l.Flagged > 0))
        {
            var reports = elderly.Months.ToDictionary(m => m.ReportId);
            var flaggedLines = await db.SubsidyReports.AsNoTracking()
                .Where(r => r.FundYearId == fundYearId)
                .SelectMany(r => r.Lines)
                .Where(l => l.RateFlag)
                .ToListAsync(cancellationToken);
            flagged = flaggedLines.Select(l => new FlaggedLine(reports[l.ReportId].StreetId, reports[l.ReportId].Month, l)).ToList();
        }

        return new DashboardFigures(spending, elderly, flagged);
    }
}

/// <summary>A line outside the rate tables: rare, so it is read whole.</summary>
internal sealed record FlaggedLine(Guid? StreetId, int? Month, SubsidyLine Line);
