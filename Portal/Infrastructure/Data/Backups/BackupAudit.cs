using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data.Auditing;

namespace Portal.Infrastructure.Data.Backups;

/// <summary>
/// Who took or downloaded which backup, in the audit trail beside every change: a backup holds all the data,
/// so handing one out is recorded like a change.
/// </summary>
public sealed class BackupAudit(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    public const string Entity = "DatabaseBackup";
    public const string Taken = "BackedUp";
    public const string Downloaded = "Downloaded";

    public async Task RecordAsync(string actor, string action, BackupFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actor.Length <= AuditTrail.ActorMaxLength ? actor : actor[..AuditTrail.ActorMaxLength],
            Entity = Entity,
            EntityId = file.Name,
            Action = action,
            After = JsonSerializer.Serialize(new { File = file.Name, file.Bytes }),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
