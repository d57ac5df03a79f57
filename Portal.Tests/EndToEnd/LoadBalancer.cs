using System.Diagnostics;
using System.Globalization;

using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Debian's HAProxy in front of portal nodes on loopback, configured as deploy/haproxy/haproxy.cfg is
/// (without TLS): sticky by an inserted cookie (never by client address), WebSockets through, a node taken out
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

    /// <summary>Starts HAProxy for the nodes, named by their cookie value, and waits until it listens.</summary>
    public static async Task<LoadBalancer> StartAsync(IReadOnlyDictionary<string, Uri> nodes)
    {
        Require();
        var port = Prerequisite.FreePort();
        var folder = Directory.CreateTempSubdirectory("portal-haproxy-");
        var config = Path.Combine(folder.FullName, "haproxy.cfg");
        await File.WriteAllTextAsync(config, Config(port, nodes));
        var process = Process.Start(new ProcessStartInfo(HaproxyPath, ["-db", "-f", config])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("HAProxy did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) TestContext.Current.SendDiagnosticMessage("haproxy: " + line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var balancer = new LoadBalancer(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
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
        throw new TimeoutException("HAProxy did not answer /healthz/ready within 10 s.");
    }

    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>The configuration of deploy/haproxy/haproxy.cfg without TLS, on the given ports.</summary>
    public static string Config(int port, IReadOnlyDictionary<string, Uri> nodes) => string.Create(CultureInfo.InvariantCulture, $"""
        defaults
            mode http
            timeout connect 2s
            timeout client 1m
            timeout server 1m
            # Blazor keeps one WebSocket per open page for as long as the page is open.
            timeout tunnel 1h
            # A request for a node that is down goes to another node instead of failing.
            option redispatch
            retries 2

        frontend portal
            bind 127.0.0.1:{port}
            default_backend nodes

        backend nodes
            balance roundrobin
            # Sticky by cookie: a Blazor circuit lives on one node; client addresses change and are shared.
            cookie SERVERID insert indirect nocache httponly
            option httpchk GET /healthz/ready
            default-server inter 500ms fall 1 rise 1
        {string.Concat(nodes.Select(n => $"    server {n.Key} {n.Value.Host}:{n.Value.Port} check cookie {n.Key}\n"))}
        """);

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
