using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

namespace Portal.Infrastructure;

/// <summary>
/// Once the database is ready, and while the web host is still starting or waiting for its first request,
/// does in the background what the first sign-in would otherwise do first: reads the data-protection key
/// ring from the database (in place of the framework's own preload, see <see cref="PortalStartup"/>) and runs
/// EF's first queries, whose code is compiled on first use. Nothing waits for it; a failure is logged and
/// the first request simply does the work itself.
/// </summary>
public sealed partial class StartupWarmUp(
    IKeyRingProvider keyRing,
    IDbContextFactory<PortalDbContext> contextFactory,
    ILogger<StartupWarmUp> logger)
{
    /// <summary>Warms up once <paramref name="databaseReady"/> has succeeded; the task never faults.</summary>
    public Task RunAfterAsync(Task databaseReady, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        try
        {
            await databaseReady;
        }
        catch (Exception)
        {
            return;
        }

        try
        {
            keyRing.GetCurrentKeyRing();
            StartupTiming.Mark("warm-up: key ring read");
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await db.Districts.AsNoTracking().OrderBy(d => d.Code).FirstOrDefaultAsync(cancellationToken);
            await db.UserAccounts.OrderBy(a => a.ObjectId).FirstOrDefaultAsync(cancellationToken);
            StartupTiming.Mark("warm-up: first queries");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The portal is stopping.
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception);
        }
    }, CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Start-up warm-up failed; the first request does the work instead.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
