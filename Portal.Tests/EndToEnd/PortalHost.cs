using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The whole portal, started as <c>dotnet run</c> would start it (Development, development sign-in), on
/// its own SQLite file in a temporary folder that disappears with it.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<Program>
{
    private readonly bool _ownsFolder;

    public PortalHost(string? databasePath = null)
    {
        _ownsFolder = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(Directory.CreateTempSubdirectory("portal-host-").FullName, "portal.db");
    }

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={DatabasePath}");
        builder.UseSetting("AzureAd:ClientId", string.Empty);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so each hop can be checked.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder)
            Directory.Delete(Path.GetDirectoryName(DatabasePath)!, recursive: true);
    }
}
