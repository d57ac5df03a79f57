using Portal.Infrastructure.Data.Auditing;

namespace Portal.Infrastructure.Data.Backups;

/// <summary>
/// Who took or downloaded which backup, in 访问与安全记录: a backup holds all the data, so handing one out
/// is recorded with who did it.
/// </summary>
public sealed class BackupAudit(SecurityLog log)
{
    public const string Taken = SecurityEventKind.BackupTaken;
    public const string Downloaded = SecurityEventKind.BackupDownloaded;

    public Task RecordAsync(string actor, string action, BackupFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var what = (action == Downloaded ? "下载数据库备份 " : "备份数据库 ") + file.Name + "（" + file.Size + "）";
        return log.RecordAsync(action, actor, what, streetId: null, detail: file.Name, cancellationToken);
    }
}
