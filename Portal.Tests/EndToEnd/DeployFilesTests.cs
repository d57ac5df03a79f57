using System.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The files in deploy/ are what an IT team installs, so each is checked by its own tool: HAProxy and nginx
/// parse their configurations (with a self-signed certificate in place of the bureau's), systemd verifies the
/// unit. Where a tool is missing the test is skipped with the command that installs it (a failure under CI).
/// </summary>
public sealed class DeployFilesTests
{
    private static string Deploy(params string[] parts) => Path.Combine([RepositoryRoot.Path, "deploy", .. parts]);

    [Fact]
    public async Task The_haproxy_configuration_is_valid()
    {
        LoadBalancer.Require();
        var folder = Directory.CreateTempSubdirectory("portal-deploy-haproxy-");
        try
        {
            var pem = Path.Combine(folder.FullName, "portal.pem");
            var (certificate, key, _) = TestCertificates.SelfSignedTls();
            await File.WriteAllTextAsync(pem, certificate + key, TestContext.Current.CancellationToken);
            var (exitCode, output) = await RunAsync(LoadBalancer.HaproxyPath, ["-c", "-f", LoadBalancer.ConfigPath], new()
            {
                ["PORTAL_LISTEN_HTTP"] = $"127.0.0.1:{Prerequisite.FreePort()}",
                ["PORTAL_LISTEN_HTTPS"] = $"127.0.0.1:{Prerequisite.FreePort()}",
                ["PORTAL_TLS_PEM"] = pem,
                ["PORTAL_NODE_A"] = "127.0.0.1:5001",
                ["PORTAL_NODE_B"] = "127.0.0.1:5002",
            });

            Assert.True(exitCode == 0, output);
            Assert.Contains("Configuration file is valid", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_nginx_configuration_is_valid()
    {
        const string Nginx = "/usr/sbin/nginx";
        if (!File.Exists(Nginx))
            Prerequisite.Missing($"nginx not found at {Nginx}; install it with `apt-get install -y nginx-light`.");
        var folder = Directory.CreateTempSubdirectory("portal-deploy-nginx-");
        try
        {
            // The site file as shipped, with the bureau's certificate paths pointing at a self-signed one.
            var (certificate, key, _) = TestCertificates.SelfSignedTls();
            var crt = Path.Combine(folder.FullName, "portal.crt");
            var keyFile = Path.Combine(folder.FullName, "portal.key");
            await File.WriteAllTextAsync(crt, certificate, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(keyFile, key, TestContext.Current.CancellationToken);
            var site = (await File.ReadAllTextAsync(Deploy("nginx", "portal.conf"), TestContext.Current.CancellationToken))
                .Replace("/etc/nginx/certs/portal.crt", crt, StringComparison.Ordinal)
                .Replace("/etc/nginx/certs/portal.key", keyFile, StringComparison.Ordinal);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "portal.conf"), site, TestContext.Current.CancellationToken);
            var main = Path.Combine(folder.FullName, "nginx.conf");
            await File.WriteAllTextAsync(main, $$"""
                pid {{folder.FullName}}/nginx.pid;
                error_log {{folder.FullName}}/error.log;
                events {}
                http {
                    access_log off;
                    include {{folder.FullName}}/portal.conf;
                }
                """, TestContext.Current.CancellationToken);

            var (exitCode, output) = await RunAsync(Nginx, ["-t", "-p", folder.FullName, "-c", main], []);

            Assert.True(exitCode == 0, output);
            Assert.Contains("test is successful", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_systemd_unit_verifies()
    {
        const string Analyze = "/usr/bin/systemd-analyze";
        if (!File.Exists(Analyze))
            Prerequisite.Missing($"systemd-analyze not found at {Analyze}; install it with `apt-get install -y systemd`.");

        var (exitCode, output) = await RunAsync(Analyze, ["verify", Deploy("systemd", "portal.service")], []);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("Unknown key", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed to parse", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
