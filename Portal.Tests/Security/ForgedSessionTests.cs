using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.KeyRing;
using Portal.Security;
using Portal.Tests.EndToEnd;
using Portal.Tests.Support;

namespace Portal.Tests.Security;

/// <summary>
/// A backup is not a master key. A session cookie built from a downloaded backup, from a copy of the live
/// database file or even with the portal's own keys does not make a read-only user a manager: the key ring
/// is encrypted with a certificate kept outside the database, no backup holds it, keys stored in the clear
/// by earlier versions are removed at start, and the role always comes from the user directory.
/// </summary>
public sealed class ForgedSessionTests
{
    private const string Scheme = AuthenticationSetup.DevelopmentScheme;
    private const string Cookie = "portal.dev";

    [Fact]
    public async Task A_session_cookie_minted_from_a_downloaded_backup_opens_nothing()
    {
        await using var host = new PortalHost();
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);
        await host.Browser().GetAsync(new Uri("/dev/login?user=viewer", UriKind.Relative), TestContext.Current.CancellationToken);
        var backup = Path.Combine(Directory.CreateTempSubdirectory("portal-stolen-").FullName, "backup.db");
        await File.WriteAllBytesAsync(backup, await BackupPage.TakeAndDownloadAsync(manager), TestContext.Current.CancellationToken);

        var keys = Attacker.KeysIn(backup);
        var forged = Attacker.MintCookie(keys, Attacker.ViewerClaimingManager(Scheme), Scheme);
        var users = await WithCookieAsync(host, forged, "/admin/users");
        var audit = await WithCookieAsync(host, forged, "/exports/audit.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Contains(DevelopmentSignIn.Path, users.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, audit.StatusCode);
        Assert.Empty(keys);
        Assert.Null(forged);
        var bytes = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(backup, TestContext.Current.CancellationToken));
        Assert.DoesNotContain("masterKey", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("encryptedSecret", bytes, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(backup)!, recursive: true);
    }

    [Fact]
    public async Task A_copy_of_the_live_database_file_holds_only_encrypted_keys_that_sign_nothing()
    {
        await using var host = new PortalHost();
        var viewer = host.Browser();
        await viewer.GetAsync(new Uri("/dev/login?user=viewer", UriKind.Relative), TestContext.Current.CancellationToken);
        // Read straight from the live file, as from a copy of the server's disk.
        var keys = Attacker.KeysIn(host.DatabasePath);
        var forged = Attacker.MintCookie(keys, Attacker.ViewerClaimingManager(Scheme), Scheme);

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.False(UnencryptedKeys.HoldsSecretInTheClear(key), key));
        Assert.All(keys, key => Assert.Contains("encryptedSecret", key, StringComparison.Ordinal));
        Assert.Null(forged);
    }

    [Fact]
    public async Task A_cookie_signed_with_the_portals_own_keys_cannot_claim_a_role_the_directory_does_not_hold()
    {
        await using var host = new PortalHost();
        await host.Browser().GetAsync(new Uri("/dev/login?user=viewer", UriKind.Relative), TestContext.Current.CancellationToken);
        // The worst case: keys and certificate both in the attacker's hands. Only the directory stands in the way.
        var protector = host.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", Scheme, "v2");
        var ticket = new Microsoft.AspNetCore.Authentication.AuthenticationTicket(Attacker.ViewerClaimingManager(Scheme), Scheme);
        var forged = new Microsoft.AspNetCore.Authentication.TicketDataFormat(protector).Protect(ticket);

        var users = await WithCookieAsync(host, forged, "/admin/users");
        var audit = await WithCookieAsync(host, forged, "/exports/audit.xlsx");
        var backups = await WithCookieAsync(host, forged, "/admin/backups");
        var readable = await WithCookieAsync(host, forged, "/social-assistance");

        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Contains(AccountEndpoints.NoAccessPath, users.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, backups.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readable.StatusCode);
        var page = WebUtility.HtmlDecode(await readable.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("只读用户（演示） · 只读", page, StringComparison.Ordinal);
        Assert.DoesNotContain("用户管理", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_an_earlier_version_stored_in_the_clear_are_removed_at_start_and_a_cookie_made_with_them_opens_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("portal-upgrade-");
        var database = Path.Combine(folder.FullName, "portal.db");
        await using (var first = new PortalHost(database))
            await first.Browser().GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        var clear = ClearKey();
        await using (var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={database};Pooling=False").Options))
        {
            db.DataProtectionKeys.Add(new() { FriendlyName = "key-from-before", Xml = clear });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        // A backup taken before the upgrade holds this key: the attacker signs a cookie with it.
        var forged = Attacker.MintCookie([clear], Attacker.ViewerClaimingManager(Scheme), Scheme);
        var logs = new LogCapture();
        HttpResponseMessage response;
        await using (var upgraded = new PortalHost(database).WithLogging(logs))
            response = await WithCookieAsync(upgraded, forged, "/admin/users");

        Assert.NotNull(forged);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(DevelopmentSignIn.Path, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(Attacker.KeysIn(database), UnencryptedKeys.HoldsSecretInTheClear);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("key-from-before", StringComparison.Ordinal));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task After_a_certificate_rotation_the_previous_certificate_still_reads_the_keys_it_encrypted()
    {
        var older = TestCertificates.Make("older");
        var newer = TestCertificates.Make("newer");
        await using var before = new PortalHost().With($"{KeyEncryptionOptions.Section}:Certificate", older);
        var signIn = await before.Browser().GetAsync(new Uri("/dev/login?user=viewer&returnUrl=/", UriKind.Relative), TestContext.Current.CancellationToken);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        await using var rotated = new PortalHost(before.DatabasePath)
            .With($"{KeyEncryptionOptions.Section}:Certificate", newer)
            .With($"{KeyEncryptionOptions.Section}:Previous:0:Certificate", older)
            .With($"{KeyEncryptionOptions.Section}:Previous:0:CertificatePassword", TestCertificates.Password);
        await using var withoutPrevious = new PortalHost(before.DatabasePath).With($"{KeyEncryptionOptions.Section}:Certificate", newer);

        Assert.Equal(HttpStatusCode.OK, (await WithRawCookieAsync(rotated, cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await WithRawCookieAsync(withoutPrevious, cookie)).StatusCode);
    }

    private static Task<HttpResponseMessage> WithCookieAsync(PortalHost host, string? value, string path) =>
        WithRawCookieAsync(host, value is null ? null : $"{Cookie}={value}", path);

    private static async Task<HttpResponseMessage> WithRawCookieAsync(PortalHost host, string? cookie, string path = "/social-assistance")
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A key as the portal stored it before the key ring was encrypted: its secret in the clear.</summary>
    private static string ClearKey()
    {
        var repository = new MemoryRepository();
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName(PortalNodes.ApplicationName).AddKeyManagementOptions(o => o.XmlRepository = repository);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("make-a-key").Protect([1]);
        return repository.Elements.Single().ToString(SaveOptions.DisableFormatting);
    }

    private sealed class MemoryRepository : IXmlRepository
    {
        public List<XElement> Elements { get; } = [];

        public IReadOnlyCollection<XElement> GetAllElements() => Elements.ToList();

        public void StoreElement(XElement element, string friendlyName) => Elements.Add(element);
    }
}
