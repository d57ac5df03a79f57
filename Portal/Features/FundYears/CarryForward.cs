using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;

namespace Portal.Features.FundYears;

/// <summary>
/// Keeps each year's 上年结转 equal to what the year before carries over (rule 10). Every change to a fund
/// year is saved through here: it hands the year's new carry-over to the next year, which takes it or refuses
/// it (when the next year has already arranged more than it would then have), and then saves both.
/// </summary>
internal static class CarryForward
{
    /// <summary>Saves a change to <paramref name="year"/> (loaded whole, tracked) with the next year's carry-in brought up to date.</summary>
    public static async Task<Result> SaveAsync(PortalDbContext db, FundYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(year);
        var next = await db.FundYears.IgnoreAutoIncludes().Include(y => y.Projects).Include(y => y.Transfers)
            .SingleOrDefaultAsync(y => y.DistrictId == year.DistrictId && y.Year == year.Year + 1, cancellationToken);
        if (next is not null)
        {
            var taken = next.ReceiveCarryIn(year.CarriedOut());
            if (taken.IsFailure)
                return taken;
        }

        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>What a new year carries in: what the year before it (if the district has it) carries out now.</summary>
    public static async Task<Money> IntoAsync(PortalDbContext db, Guid districtId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var previous = await db.FundYears.AsNoTracking().AsSplitQuery()
            .SingleOrDefaultAsync(y => y.DistrictId == districtId && y.Year == year - 1, cancellationToken);
        return previous?.CarriedOut() ?? Money.Zero;
    }
}
