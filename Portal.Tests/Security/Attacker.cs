using System.Security.Claims;
using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure;
using Portal.Security;

namespace Portal.Tests.Security;

/// <summary>
/// What someone holding a copy of the database does to forge a session: read the key ring out of the file,
/// set up data protection with the portal's application name (it is in the source), and sign a cookie that
/// says whatever they like, with ASP.NET's own cookie format.
/// </summary>
internal static class Attacker
{
    /// <summary>The key ring as stored in a database file (a backup, or a copy of the live file).</summary>
    public static IReadOnlyList<string> KeysIn(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Xml" FROM "DataProtectionKeys" """;
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
            keys.Add(reader.GetString(0));
        return keys;
    }

    /// <summary>A session cookie value for <paramref name="principal"/>, or null when the keys give nothing to sign with.</summary>
    public static string? MintCookie(IReadOnlyList<string> keys, ClaimsPrincipal principal, string scheme)
    {
        var services = new ServiceCollection();
        services.AddDataProtection()
            .SetApplicationName(PortalNodes.ApplicationName)
            .DisableAutomaticKeyGeneration()
            .AddKeyManagementOptions(options => options.XmlRepository = new StolenKeys(keys));
        using var provider = services.BuildServiceProvider();
        var protector = provider.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", scheme, "v2");
        var now = DateTimeOffset.UtcNow;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(8) }, scheme);
        try
        {
            return new TicketDataFormat(protector).Protect(ticket);
        }
        catch (Exception exception) when (exception is CryptographicException or InvalidOperationException)
        {
            // No key that can be read: nothing to sign with.
            return null;
        }
    }

    /// <summary>The read-only viewer's account, claiming to be a manager.</summary>
    public static ClaimsPrincipal ViewerClaimingManager(string scheme) =>
        DemoUsers.Principal(new DemoUsers.DemoUser("viewer", "只读用户（演示）", PortalRoles.Manager, null), scheme);

    private sealed class StolenKeys(IReadOnlyList<string> keys) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => keys.Select(XElement.Parse).ToList();

        public void StoreElement(XElement element, string friendlyName) => throw new InvalidOperationException("The attacker cannot write to the portal's key ring.");
    }
}
