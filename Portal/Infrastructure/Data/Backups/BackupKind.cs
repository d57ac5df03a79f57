namespace Portal.Infrastructure.Data.Backups;

/// <summary>Daily backups and manual ones are rotated apart: taking manual backups never deletes a daily one.</summary>
public enum BackupKind
{
    Daily,
    Manual,
}
