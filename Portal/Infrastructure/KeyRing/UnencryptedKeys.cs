using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

namespace Portal.Infrastructure.KeyRing;

/// <summary>
/// Keys stored before the key ring was encrypted hold their secret in the clear, and were copied into every
/// backup taken then: anyone holding such a backup could sign session cookies with them. They are deleted at
/// start, before the key ring is first read; the framework then makes a new, encrypted key and everyone signs
/// in once more.
/// </summary>
public static partial class UnencryptedKeys
{
    /// <summary>The framework marks a secret it would encrypt, were an encryptor configured, with this attribute.</summary>
    private static readonly XName RequiresEncryption = XName.Get("requiresEncryption", "http://schemas.asp.net/2015/03/dataProtection");

    public static async Task<int> RemoveAsync(PortalDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var keys = await db.DataProtectionKeys.AsNoTracking().Select(k => new { k.Id, k.FriendlyName, k.Xml }).ToListAsync(cancellationToken);
        var clear = keys.Where(k => HoldsSecretInTheClear(k.Xml)).ToList();
        if (clear.Count == 0)
            return 0;
        var ids = clear.Select(k => k.Id).ToList();
        var removed = await db.DataProtectionKeys.Where(k => ids.Contains(k.Id)).ExecuteDeleteAsync(cancellationToken);
        LogRemoved(logger, removed, string.Join(", ", clear.Select(k => k.FriendlyName)));
        return removed;
    }

    public static bool HoldsSecretInTheClear(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
            return false;
        try
        {
            return XElement.Parse(xml).DescendantsAndSelf().Any(e => (string?)e.Attribute(RequiresEncryption) == "true");
        }
        catch (XmlException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Count} data-protection key(s) stored unencrypted ({Keys}); everyone signs in again once.")]
    private static partial void LogRemoved(ILogger logger, int count, string keys);
}
