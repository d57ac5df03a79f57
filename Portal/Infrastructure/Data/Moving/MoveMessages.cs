namespace Portal.Infrastructure.Data.Moving;

public static class MoveMessages
{
    public const string Verified = "迁移完成：每张表的行数和金额合计（分）两边一致，已提交。";

    public const string Mismatch = "迁移未提交：有表的行数或金额合计不一致，PostgreSQL 数据库保持原样。";

    public const string SourceNotSqlite = "迁移的来源必须是 SQLite 数据库：请在 Database:Provider 为 Sqlite（默认）时运行此命令。";

    public static string TargetNotEmpty(string table) => $"目标 PostgreSQL 数据库不是空的（表 {table} 已有数据），未做任何改动。请指定一个新建的空数据库。";
}
