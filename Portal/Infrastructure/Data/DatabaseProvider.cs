namespace Portal.Infrastructure.Data;

/// <summary>
/// <c>Database:Provider</c>: SQLite (one file, the right size for one district) or PostgreSQL (a server
/// shared by several portal nodes, for a whole city).
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
