using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Tests.Support;

/// <summary>
/// Key-encryption certificates the tests make for themselves (never one from the repository): PKCS #12
/// files with a password, in a temporary folder of this test run.
/// </summary>
public static class TestCertificates
{
    public const string Password = "test-key-encryption";

    private static readonly Lazy<string> Folder = new(() => Directory.CreateTempSubdirectory("portal-certs-").FullName);
    private static readonly Lazy<string> Shared = new(() => Make("shared"));

    /// <summary>The certificate every test portal uses unless a test asks for another.</summary>
    public static string SharedPath => Shared.Value;

    /// <summary>A new certificate of its own, e.g. the next one of a rotation.</summary>
    public static string Make(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Portal test key encryption {name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Folder.Value, $"{name}-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    /// <summary>A self-signed TLS certificate for 127.0.0.1 and localhost, valid for two days, as PEM.</summary>
    public static (string CertificatePem, string KeyPem, string Thumbprint) SelfSignedTls()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        return (certificate.ExportCertificatePem() + "\n", rsa.ExportPkcs8PrivateKeyPem() + "\n", certificate.Thumbprint);
    }
}
