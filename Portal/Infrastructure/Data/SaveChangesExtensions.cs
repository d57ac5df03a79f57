using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Data;

public static class SaveChangesExtensions
{
    /// <summary>Saves, turning a lost race on a concurrency token into a message instead of an overwrite.</summary>
    public static async Task<Result> SaveOrConflictAsync(this PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Fail(SaveMessages.ChangedByOthers);
        }
    }
}
