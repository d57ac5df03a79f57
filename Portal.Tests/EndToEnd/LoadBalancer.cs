using System.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Debian's HAProxy in front of portal nodes on loopback, running deploy/haproxy/haproxy.cfg as the bureau
/// installs it: TLS (a self-signed certificate here), sticky by an inserted cookie (never by client address), WebSockets through, a node taken out
/// when /healthz/ready fails, and a user of a stopped node sent to another. Where HAProxy is missing the
/// test is skipped with the command that installs it; under CI (CI=true) that is a failure.
/// </summary>
public sealed class LoadBalancer : IAsyncDisposable
{
    public const string InstallCommand = "apt-get install -y haproxy";

    private readonly Process _process;
    private readonly DirectoryInfo _folder;

    private LoadBalancer(Process process, DirectoryInfo folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static string HaproxyPath => Environment.GetEnvironmentVariable("PORTAL_HAPROXY") ?? "/usr/sbin/haproxy";

    public static void Require()
    {
        if (File.Exists(HaproxyPath))
            return;
        Prerequisite.Missing($"HAProxy not found at {HaproxyPath}; install it with `{InstallCommand}`.");
    }

    /// <summary>
    /// Starts HAProxy with deploy/haproxy/haproxy.cfg, as shipped, for nodes "a" and "b": TLS on a loopback
    /// port with a self-signed certificate made for this run, plain http to the nodes. Waits until it
    /// answers /healthz/ready over https.
    /// </summary>
    public static async Task<LoadBalancer> StartAsync(IReadOnlyDictionary<string, Uri> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Require();
        var port = Prerequisite.FreePort();
        var folder = Directory.CreateTempSubdirectory("portal-haproxy-");
        var (certificatePem, keyPem, thumbprint) = TestCertificates.SelfSignedTls();
        var pem = Path.Combine(folder.FullName, "portal.pem");
        await File.WriteAllTextAsync(pem, certificatePem + keyPem);
        var start = new ProcessStartInfo(HaproxyPath, ["-db", "-f", ConfigPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PORTAL_LISTEN_HTTP"] = $"127.0.0.1:{Prerequisite.FreePort()}";
        start.Environment["PORTAL_LISTEN_HTTPS"] = $"127.0.0.1:{port}";
        start.Environment["PORTAL_TLS_PEM"] = pem;
        start.Environment["PORTAL_NODE_A"] = $"{nodes["a"].Host}:{nodes["a"].Port}";
        start.Environment["PORTAL_NODE_B"] = $"{nodes["b"].Host}:{nodes["b"].Port}";
        var process = Process.Start(start) ?? throw new InvalidOperationException("HAProxy did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) TestContext.Current.SendDiagnosticMessage("haproxy: " + line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var balancer = new LoadBalancer(process, folder, new Uri($"https://127.0.0.1:{port}/"));
        // Trusts this run's certificate only, as a browser told to trust it would.
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                string.Equals(certificate?.Thumbprint, thumbprint, StringComparison.OrdinalIgnoreCase),
        };
        using var client = new HttpClient(handler);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            Assert.False(process.HasExited, "HAProxy stopped: see the diagnostic messages.");
            try
            {
                if ((await client.GetAsync(new Uri(balancer.Address, "/healthz/ready"))).IsSuccessStatusCode)
                    return balancer;
            }
            catch (HttpRequestException)
            {
                // Not listening yet, or no node is marked up yet.
            }

            await Task.Delay(100);
        }

        await balancer.DisposeAsync();
        throw new TimeoutException("HAProxy did not answer /healthz/ready within 20 s.");
    }

    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>The configuration the bureau installs.</summary>
    public static string ConfigPath => Path.Combine(RepositoryRoot.Path, "deploy", "haproxy", "haproxy.cfg");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _folder.Delete(recursive: true);
    }
}
