using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Infrastructure.KeyRing;

/// <summary>
/// Loads the key-encryption certificates named by <see cref="KeyEncryptionOptions"/>. Outside Development a
/// missing or unusable certificate stops the start (<see cref="PortalStartRefusedException"/>): the key ring
/// signs every session cookie, so it is never stored in the clear. In Development without a setting, a
/// certificate of this machine's user is made once and kept outside the repository and the database.
/// </summary>
public static class KeyEncryptionCertificates
{
    /// <summary>Where Development keeps the certificate it makes for itself, per user of the machine.</summary>
    public static string DevelopmentPath { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        PortalNodes.ApplicationName,
        "development-key-encryption.pfx");

    public sealed record Loaded(X509Certificate2 Current, IReadOnlyList<X509Certificate2> Previous, string Source);

    public static Loaded Load(KeyEncryptionOptions options, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Certificate))
        {
            if (!isDevelopment)
            {
                throw new PortalStartRefusedException(
                    $"No key-encryption certificate is configured ({KeyEncryptionOptions.Section}:Certificate), so the portal will not start: " +
                    "the data-protection key ring that signs every session cookie must not be stored unencrypted. " +
                    "Set Portal__KeyEncryption__Certificate to a .pfx file on this server and Portal__KeyEncryption__CertificatePassword to its password (see docs/operations/keys.md).");
            }

            if (!Path.IsPathRooted(DevelopmentPath))
            {
                throw new PortalStartRefusedException(
                    $"This user has no profile folder to keep a Development key-encryption certificate in; set {KeyEncryptionOptions.Section}:Certificate.");
            }

            return new Loaded(DevelopmentCertificate(), [], DevelopmentPath);
        }

        var current = Open(options.Certificate, options.CertificatePassword, $"{KeyEncryptionOptions.Section}:Certificate");
        var previous = options.Previous
            .Select((p, i) => Open(p.Certificate, p.CertificatePassword, $"{KeyEncryptionOptions.Section}:Previous:{i}:Certificate"))
            .ToList();
        return new Loaded(current, previous, options.Certificate);
    }

    private static X509Certificate2 Open(string? path, string? password, string setting)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
            throw new PortalStartRefusedException($"{setting} names no file that exists: '{path}'.");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException exception)
        {
            throw new PortalStartRefusedException($"{setting} ('{path}') cannot be opened as a PKCS #12 file with the given password: {exception.Message}", exception);
        }

        // The framework encrypts keys with XML encryption, which wraps them with the certificate's RSA key.
        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is null)
        {
            certificate.Dispose();
            throw new PortalStartRefusedException($"{setting} ('{path}') holds no RSA private key; the key ring needs one to be encrypted and read.");
        }

        return certificate;
    }

    /// <summary>Makes the Development certificate once (RSA 3072, ten years) and reads it afterwards.</summary>
    private static X509Certificate2 DevelopmentCertificate()
    {
        if (!File.Exists(DevelopmentPath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DevelopmentPath)!);
            using var rsa = RSA.Create(3072);
            var request = new CertificateRequest("CN=Portal development key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(10));
            var temporary = DevelopmentPath + "." + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(temporary, made.Export(X509ContentType.Pfx));
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            try
            {
                // Two portals starting at once: the first one's certificate stays.
                File.Move(temporary, DevelopmentPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(DevelopmentPath))
            {
                File.Delete(temporary);
            }
        }

        return Open(DevelopmentPath, password: null, "the Development key-encryption certificate");
    }
}
