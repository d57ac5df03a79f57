namespace Portal.Infrastructure.Data.Backups;

public static class BackupMessages
{
    public const string UsePgDump = "本平台使用 PostgreSQL 数据库，不在此处备份：请由数据库管理员用 pg_dump 定时备份（见 README「Running for a whole city」）。";
}
