using Microsoft.Extensions.Options;

namespace Portal.Infrastructure.Data.Backups;

/// <summary>Takes the daily backup at <see cref="BackupOptions.DailyAt"/> Beijing time.</summary>
public sealed partial class DailyBackupService(DatabaseBackup backup, DatabaseSettings database, IOptions<BackupOptions> options, TimeProvider clock, ILogger<DailyBackupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Daily)
            return;
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            // A database server is backed up by its own tools (pg_dump), not by every portal node.
            LogNotSqlite(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNext(clock.BeijingNow(), options.Value.DailyAt), clock, stoppingToken);
            try
            {
                await backup.CreateAsync(BackupKind.Daily, stoppingToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                // A failed night must not stop the portal; tomorrow's run tries again, and the log says why.
                LogFailed(logger, exception);
            }
        }
    }

    public static TimeSpan UntilNext(DateTimeOffset now, TimeOnly at)
    {
        var today = new DateTimeOffset(now.Date + at.ToTimeSpan(), now.Offset);
        return (today > now ? today : today.AddDays(1)) - now;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily backup off: the database is PostgreSQL, back it up with pg_dump")]
    private static partial void LogNotSqlite(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily backup failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
