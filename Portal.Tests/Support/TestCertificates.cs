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
}
