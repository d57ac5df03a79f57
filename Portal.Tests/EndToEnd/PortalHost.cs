using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

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
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
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
