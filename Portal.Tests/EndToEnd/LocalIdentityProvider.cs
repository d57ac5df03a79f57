using System.Diagnostics;

using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The npm oidc-provider of Oidc/provider.mjs, run by node on a loopback port: a real OpenID Connect
/// provider issuing tokens with app roles, so the portal's single sign-on is tested without Entra ID.
/// </summary>
public sealed class LocalIdentityProvider : IAsyncDisposable
{
    public const string Tenant = "bureau-tenant";
    public const string ClientId = "portal-e2e";
    public const string ClientSecret = "portal-e2e-secret";
    public const string InstallCommand = "npm ci --prefix Portal.Tests/EndToEnd/Oidc";

    private readonly Process _node;

    private LocalIdentityProvider(Process node, Uri instance)
    {
        _node = node;
        Instance = instance;
    }

    /// <summary>The AzureAd:Instance to give the portal: http://127.0.0.1:port/.</summary>
    public Uri Instance { get; }

    /// <summary>The fixed object ids of the provider's accounts (see provider.mjs).</summary>
    public static string ObjectId(string login) => login switch
    {
        "manager" => "00000000-0000-0000-0000-000000000001",
        "viewer" => "00000000-0000-0000-0000-000000000002",
        "officer-xinjiekou" => "00000000-0000-0000-0000-000000000003",
        "officer-desheng" => "00000000-0000-0000-0000-000000000004",
        "officer-unassigned" => "00000000-0000-0000-0000-000000000005",
        "norole" => "00000000-0000-0000-0000-000000000006",
        _ => throw new ArgumentOutOfRangeException(nameof(login), login, "No such account in provider.mjs"),
    };

    /// <summary>Starts the provider for a portal that will listen on <paramref name="portal"/>; skips (or, under CI, fails) without node or its packages.</summary>
    public static async Task<LocalIdentityProvider> StartAsync(Uri portal)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "Portal.Tests", "EndToEnd", "Oidc");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
            Prerequisite.Missing($"The test identity provider's packages are not installed; run `{InstallCommand}`.");

        var start = new ProcessStartInfo("node", "provider.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OIDC_TENANT"] = Tenant;
        start.Environment["OIDC_CLIENT_ID"] = ClientId;
        start.Environment["OIDC_CLIENT_SECRET"] = ClientSecret;
        start.Environment["OIDC_REDIRECT_URI"] = new Uri(portal, "/signin-oidc").ToString();
        start.Environment["OIDC_POST_LOGOUT_REDIRECT_URI"] = new Uri(portal, "/signout-callback-oidc").ToString();
        start.Environment["OIDC_PORT"] = "0";

        Process node;
        try
        {
            node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Prerequisite.Missing("Node.js is not installed; install it with `apt-get install -y nodejs npm`.");
            throw;
        }

        // oidc-provider writes development warnings to stderr; read it so the pipe never fills.
        node.ErrorDataReceived += (_, _) => { };
        node.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await node.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("OIDC_READY ", StringComparison.Ordinal))
                return new LocalIdentityProvider(node, new Uri(line["OIDC_READY ".Length..].Trim()));
        }

        node.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The test identity provider exited before it was ready.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_node.HasExited)
        {
            _node.Kill(entireProcessTree: true);
            await _node.WaitForExitAsync();
        }

        _node.Dispose();
    }
}
