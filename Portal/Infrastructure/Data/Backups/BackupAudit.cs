using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data.Auditing;
using Portal.Security;

namespace Portal.Infrastructure.Data.Backups;

/// <summary>
/// Who took or downloaded which backup, in 访问与安全记录: a backup holds all the data, so handing one out
/// is recorded with who did it. The 备份 page reads back who took each manual backup.
/// </summary>
public sealed class BackupAudit(SecurityLog log, IDbContextFactory<PortalDbContext> contextFactory)
{
    public const string Taken = SecurityEventKind.BackupTaken;
    public const string Downloaded = SecurityEventKind.BackupDownloaded;

    /// <summary>Records <paramref name="action"/> on <paramref name="file"/> by <paramref name="user"/>.</summary>
    public Task RecordAsync(PortalUser user, string action, BackupFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(file);
        var what = (action == Downloaded ? "下载数据库备份 " : "备份数据库 ") + file.Name + "（" + file.Size + "）";
        return log.RecordAsync(action, user.AuditName, what, streetId: null, detail: file.Name, cancellationToken);
    }

    /// <summary>Who took each of <paramref name="names"/>, by file name: the person's name. A daily backup has no taker.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TakersAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
            return new Dictionary<string, string>();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var taken = await db.SecurityEvents.AsNoTracking()
            .Where(e => e.Kind == Taken && e.Detail != null && names.Contains(e.Detail))
            .OrderBy(e => e.Id)
            .Select(e => new { e.Detail, e.Actor })
            .ToListAsync(cancellationToken);
        return taken
            .GroupBy(e => e.Detail!)
            .ToDictionary(g => g.Key, g => PortalUser.NameOf(g.Last().Actor), StringComparer.Ordinal);
    }
}
