using Microsoft.EntityFrameworkCore;

namespace Portal.Infrastructure.Data.Moving;

/// <summary>
/// <c>dotnet run --project Portal -- migrate-to-postgres "&lt;connection string&gt;"</c>: moves this portal's
/// SQLite database (<c>ConnectionStrings:Portal</c>) into an empty PostgreSQL database, checks row counts
/// and money totals on both sides, and prints them. Stop the portal first: writes made during the move
/// are not in the copy.
/// </summary>
public static partial class MigrateToPostgresCommand
{
    public const string Name = "migrate-to-postgres";

    public static async Task<int> RunAsync(IServiceProvider services, string targetConnectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateToPostgresCommand));
        if (services.GetRequiredService<DatabaseSettings>().Provider != DatabaseProvider.Sqlite)
        {
            LogRefused(logger, MoveMessages.SourceNotSqlite);
            return 1;
        }

        var report = await PostgresMove.RunAsync(
            services.GetRequiredService<IDbContextFactory<PortalDbContext>>(),
            PortalDatabase.Factory(DatabaseProvider.Postgres, targetConnectionString));
        await Console.Out.WriteLineAsync(report.Describe());
        if (report.Verified)
            return 0;
        LogRefused(logger, report.Refusal ?? MoveMessages.Mismatch);
        return 1;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Move to PostgreSQL refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
