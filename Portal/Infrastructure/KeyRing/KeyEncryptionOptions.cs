namespace Portal.Infrastructure.KeyRing;

/// <summary>
/// The "Portal:KeyEncryption" section: the certificate (a PKCS #12 file with its private key) that encrypts
/// the data-protection key ring where it is stored, and the certificates of earlier rotations that still
/// decrypt older keys. Paths are files on the server, never in the repository; passwords come from the
/// environment or a secret store (Portal__KeyEncryption__CertificatePassword).
/// </summary>
public sealed class KeyEncryptionOptions
{
    public const string Section = "Portal:KeyEncryption";

    /// <summary>Path of the .pfx that encrypts new keys (and decrypts them).</summary>
    public string? Certificate { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Certificates of earlier rotations: they only decrypt keys written while they were current.</summary>
    public List<PreviousCertificate> Previous { get; } = [];

    public sealed class PreviousCertificate
    {
        public string? Certificate { get; set; }

        public string? CertificatePassword { get; set; }
    }
}
