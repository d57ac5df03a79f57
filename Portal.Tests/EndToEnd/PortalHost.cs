using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.KeyRing;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The whole portal, started as <c>dotnet run</c> would start it (Development, development sign-in), on
/// its own SQLite file in a temporary folder that disappears with it.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<Program>
{
    private readonly bool _ownsFolder;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private string _environment = "Development";
    private ILoggerProvider? _logs;

    public PortalHost(string? databasePath = null)
    {
        _ownsFolder = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(Directory.CreateTempSubdirectory("portal-host-").FullName, "portal.db");
    }

    public string DatabasePath { get; }

    /// <summary>Runs the portal in another environment (before it starts).</summary>
    public PortalHost InEnvironment(string environment)
    {
        _environment = environment;
        return this;
    }

    /// <summary>Sets a configuration value (before it starts), e.g. the single sign-on settings.</summary>
    public PortalHost With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Adds a log provider (before it starts), to check what the portal logged.</summary>
    public PortalHost WithLogging(ILoggerProvider logs)
    {
        _logs = logs;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_logs is not null)
            builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        builder.UseEnvironment(_environment);
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={DatabasePath}");
        builder.UseSetting("AzureAd:ClientId", string.Empty);
        builder.UseSetting("Portal:Backups:Daily", "false");
        builder.UseSetting("Portal:Backups:Folder", Path.Combine(Path.GetDirectoryName(DatabasePath)!, "backups"));
        builder.UseSetting($"{KeyEncryptionOptions.Section}:Certificate", TestCertificates.SharedPath);
        builder.UseSetting($"{KeyEncryptionOptions.Section}:CertificatePassword", TestCertificates.Password);
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, InMemoryClientOnThisMachine>());
    }

    /// <summary>
    /// The in-memory test client has no network address; it runs on this machine, so its requests come from
    /// loopback, as a browser's on this machine would. Requests over Kestrel keep their real address.
    /// </summary>
    private sealed class InMemoryClientOnThisMachine : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so each hop can be checked.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder && Directory.Exists(Path.GetDirectoryName(DatabasePath)))
            Directory.Delete(Path.GetDirectoryName(DatabasePath)!, recursive: true);
    }
}
