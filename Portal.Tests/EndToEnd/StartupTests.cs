using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The web host starts while the database does. On a first start nothing may read the database before it
/// exists: the framework's key-ring preload is replaced by one that waits for the database.
/// </summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_first_start_reads_the_key_ring_only_once_the_database_exists_and_signs_in()
    {
        var logs = new LogCapture();
        await using var host = new PortalHost().WithLogging(logs);

        var signIn = await host.Browser().GetAsync(new Uri("/dev/login?user=manager&returnUrl=/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().FullName == PortalStartup.FrameworkKeyRingPreload);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error
            || (e.Level >= LogLevel.Warning && (e.Category.EndsWith(nameof(StartupWarmUp), StringComparison.Ordinal) || e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))));
    }
}
