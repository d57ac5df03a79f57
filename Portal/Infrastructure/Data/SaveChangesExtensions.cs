using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Telemetry;

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
        catch (DbUpdateConcurrencyException conflict)
        {
            var entry = conflict.Entries.Count > 0 ? conflict.Entries[0] : null;
            var key = entry?.Metadata.FindPrimaryKey()?.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
            return Result.Fail(await db.ChangedByOthersAsync(entry?.Metadata.ClrType.Name, key, cancellationToken));
        }
    }

    /// <summary>
    /// The message for a save that lost the race: who changed the row last and when, from the audit trail
    /// (read in a fresh context, since this one holds the refused changes).
    /// </summary>
    public static async Task<string> ChangedByOthersAsync(this PortalDbContext db, string? entity, string? entityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        PortalMetrics.Of(db)?.SaveConflict(entity);
        if (entity is null || entityId is null)
            return SaveMessages.ChangedByOthers;
        var latest = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.EntityId == entityId)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Actor, a.At })
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null ? SaveMessages.ChangedByOthers : SaveMessages.ChangedBy(latest.Actor, latest.At);
    }

    public static Task<string> ChangedByOthersAsync(this PortalDbContext db, string entity, Guid id, CancellationToken cancellationToken = default) =>
        db.ChangedByOthersAsync(entity, id.ToString(), cancellationToken);
}
