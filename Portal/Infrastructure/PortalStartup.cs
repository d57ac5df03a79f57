using Portal.Infrastructure.Data;

namespace Portal.Infrastructure;

/// <summary>
/// Starts the database (<see cref="DatabaseStartup"/>) and then the warm-up in the background as the host
/// starts, before the web server (the framework starts its server after every hosted service registered
/// here), so that the server, its endpoints and the database come up side by side. Requests wait for the
/// database at <see cref="DatabaseReadyGate"/>. On stop, the host waits for both to end.
/// </summary>
public sealed class PortalStartup(DatabaseStartup database, StartupWarmUp warmUp, IHostApplicationLifetime lifetime) : IHostedService
{
    /// <summary>
    /// The framework's key-ring preload, a hosted service that reads the key ring from the database as the
    /// host starts: the key table may not exist yet then. The warm-up reads it once the database is ready.
    /// </summary>
    public const string FrameworkKeyRingPreload = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    private Task _warmUp = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _warmUp = warmUp.RunAfterAsync(database.Start(lifetime.ApplicationStopping), lifetime.ApplicationStopping);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(database.Ready, _warmUp).WaitAsync(cancellationToken);
        }
        catch (Exception)
        {
            // Only waiting here: a failed database start-up stops the portal with its error (Program), and a
            // stop that runs out of time ends the wait.
        }
    }
}
