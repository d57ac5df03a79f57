namespace Portal.Infrastructure.Data.Backups;

public static class BackupMessages
{
    public const string UsePgDump = "本平台使用 PostgreSQL 数据库，不在此处备份：请由数据库管理员用 pg_dump 定时备份（见 docs/operations/backup.md）。";

    public const string StaleForm = "备份请求无效（页面已过期或不是从备份页面提交的），请回到备份页面重新操作。";
}
