using System.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A portal that is not configured to run safely refuses to start: the built Portal.dll, run as a server
/// runs it, ends at once with exit code 1 and one message naming what to set, not an unhandled exception
/// (which aborts with exit code 134 and a stack trace).
/// </summary>
public sealed class RefusedStartTests
{
    [Fact]
    public async Task Outside_development_without_single_sign_on_the_portal_exits_with_a_message_naming_the_missing_settings()
    {
        var (exitCode, output) = await RunAsync(new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        Assert.Equal(1, exitCode);
        Assert.Contains("AzureAd:ClientId", output, StringComparison.Ordinal);
        Assert.Contains("AzureAd:TenantId", output, StringComparison.Ordinal);
        Assert.Contains("ClientSecret", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partly_configured_single_sign_on_exits_with_a_message()
    {
        var (exitCode, output) = await RunAsync(new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["AzureAd__ClientId"] = "portal" });

        Assert.Equal(1, exitCode);
        Assert.Contains("AzureAd:TenantId", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_without_a_key_encryption_certificate_the_portal_exits_with_a_message()
    {
        var (exitCode, output) = await RunAsync(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["AzureAd__Instance"] = "https://login.example/",
            ["AzureAd__TenantId"] = "bureau",
            ["AzureAd__ClientId"] = "portal",
            ["AzureAd__ClientSecret"] = "not-a-secret",
        }, withCertificate: false);

        Assert.Equal(1, exitCode);
        Assert.Contains("Portal:KeyEncryption:Certificate", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    internal static async Task<(int ExitCode, string Output)> RunAsync(Dictionary<string, string> environment, bool withCertificate = true)
    {
        var folder = Directory.CreateTempSubdirectory("portal-refused-");
        try
        {
            // The portal as built next to these tests, e.g. Portal/bin/Debug/net10.0/Portal.dll.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.Combine(RepositoryRoot.Path, "Portal"),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "Portal", "bin", configuration, "net10.0", "Portal.dll"));
            start.Environment["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(folder.FullName, "portal.db")}";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Prerequisite.FreePort()}";
            start.Environment.Remove("AzureAd__ClientId");
            if (withCertificate)
            {
                start.Environment["Portal__KeyEncryption__Certificate"] = TestCertificates.SharedPath;
                start.Environment["Portal__KeyEncryption__CertificatePassword"] = TestCertificates.Password;
            }

            foreach (var (key, value) in environment)
                start.Environment[key] = value;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("The portal did not refuse to start: it was still running after a minute.");
            }

            return (process.ExitCode, await output + await error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
