using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data.Auditing;
using Portal.Security;

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

    /// <summary>Records <paramref name="action"/> on <paramref name="file"/> by <paramref name="user"/>, with their name for the 备份 page.</summary>
    public async Task RecordAsync(PortalUser user, string action, BackupFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(file);
        var actor = user.AuditName;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actor.Length <= AuditTrail.ActorMaxLength ? actor : actor[..AuditTrail.ActorMaxLength],
            Entity = Entity,
            EntityId = file.Name,
            Action = action,
            After = JsonSerializer.Serialize(new Recorded(file.Name, file.Bytes, user.Name)),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Who took each of <paramref name="names"/>, by file name: the person's name as the trail recorded it
    /// (the whole actor for entries written before the name was recorded apart). A daily backup has no taker.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> TakersAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
            return new Dictionary<string, string>();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var taken = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == Entity && a.Action == Taken && names.Contains(a.EntityId))
            .OrderBy(a => a.Id)
            .Select(a => new { a.EntityId, a.Actor, a.After })
            .ToListAsync(cancellationToken);
        return taken
            .GroupBy(a => a.EntityId)
            .ToDictionary(g => g.Key, g => ByOf(g.Last().After) is { Length: > 0 } by ? by : g.Last().Actor, StringComparer.Ordinal);
    }

    private static string? ByOf(string? after)
    {
        if (string.IsNullOrEmpty(after))
            return null;
        try
        {
            return JsonSerializer.Deserialize<Recorded>(after)?.By;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What the trail keeps of a backup: the file, its size, and the name of whoever acted on it.</summary>
    private sealed record Recorded(string File, long Bytes, string? By);
}
