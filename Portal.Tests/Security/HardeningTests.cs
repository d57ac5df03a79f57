using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Security;
using Portal.Tests.EndToEnd;
using Portal.Tests.Support;

namespace Portal.Tests.Security;

/// <summary>
/// What every response and connection gets: hardening headers and a content security policy, HSTS over TLS
/// outside Development, Secure and HttpOnly cookies, forwarded headers only from configured proxies, a live
/// connection only from the portal's own pages, a development sign-in only for this machine, and 401/403
/// rather than redirects for programs.
/// </summary>
public sealed partial class HardeningTests
{
    [Fact]
    public async Task A_page_carries_the_hardening_headers_and_a_policy_whose_nonce_is_the_import_maps()
    {
        await using var host = new PortalHost();
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);

        var response = await manager.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        var nonce = Nonce().Match(policy).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", WebUtility.HtmlDecode(ImportMap().Match(html).Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_https_responses_carry_hsts_for_a_year_and_cookies_are_always_secure_and_http_only()
    {
        await using var host = ProductionHost();
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://portal.example/"), AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        var cookies = host.Services.GetRequiredService<IOptions<CookiePolicyOptions>>().Value;

        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal(CookieSecurePolicy.Always, cookies.Secure);
        Assert.Equal(HttpOnlyPolicy.Always, cookies.HttpOnly);
    }

    [Fact]
    public async Task In_development_no_hsts_is_sent()
    {
        await using var host = new PortalHost();
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://portal.example/"), AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_a_configured_tls_proxy_the_session_cookie_is_secure_and_http_only()
    {
        await using var portal = LoopbackPortal.Start(new PortalHost().With($"{WebHardening.ForwardedHeadersSection}:KnownProxies:0", "127.0.0.1"));

        var cookie = await SignInCookieAsync(portal.Address, ("X-Forwarded-Proto", "https"));

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_headers_from_a_proxy_that_is_not_configured_are_ignored()
    {
        await using var portal = LoopbackPortal.Start();

        // From loopback, which ASP.NET would trust as a proxy by default: here only configured proxies count.
        var cookie = await SignInCookieAsync(portal.Address, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.9"));

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_development_sign_in_refuses_a_network_client_that_comes_through_a_proxy()
    {
        await using var portal = LoopbackPortal.Start(new PortalHost().With($"{WebHardening.ForwardedHeadersSection}:KnownProxies:0", "127.0.0.1"));
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = portal.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dev/login?user=manager");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DevelopmentSignIn.LoopbackOnly, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_development_sign_in_refuses_a_client_on_the_network_and_start_up_says_loudly_that_it_is_on()
    {
        if (NetworkAddress() is not { } address)
        {
            Prerequisite.Missing("This machine has no network address besides loopback to reach the portal from.");
            return;
        }

        var logs = new LogCapture();
        var host = new PortalHost().WithLogging(logs);
        host.UseKestrel(options => options.Listen(address, 0));
        host.StartServer();
        await using var running = host;
        var url = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = url };

        var signIn = await client.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await client.GetAsync(new Uri("/dev/login", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.EventId.Id == 1001 && e.Message.Contains("DEVELOPMENT SIGN-IN IS ON", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.EventId.Id == 4033 && e.Message.Contains(address.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost.evil.example", HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    [InlineData("ws://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost", HttpStatusCode.OK)]
    public async Task The_live_connection_is_opened_only_from_the_portals_own_origin(string origin, HttpStatusCode expected)
    {
        await using var host = new PortalHost();
        var manager = host.Browser();
        await manager.GetAsync(new Uri("/dev/login?user=manager", UriKind.Relative), TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);

        var response = await manager.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/years/2020/disclosure")]
    [InlineData("/api/years/2020/disclosure.csv")]
    [InlineData("/exports/dashboard/2020.xlsx")]
    [InlineData("/exports/elderly-subsidies/2020.xlsx")]
    [InlineData("/exports/audit.xlsx")]
    public async Task A_program_that_is_not_signed_in_gets_401_and_one_that_may_not_read_gets_403(string path)
    {
        await using var host = new PortalHost();
        var officer = host.Browser();
        await officer.GetAsync(new Uri("/dev/login?user=staff-xinjiekou", UriKind.Relative), TestContext.Current.CancellationToken);

        var anonymous = await host.Browser().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var refused = await officer.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Null(anonymous.Headers.Location);
        Assert.Empty(await anonymous.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
    }

    [Fact]
    public async Task The_no_access_page_answers_403()
    {
        await using var host = new PortalHost();
        var officer = host.Browser();
        await officer.GetAsync(new Uri("/dev/login?user=staff-xinjiekou", UriKind.Relative), TestContext.Current.CancellationToken);

        var refused = await officer.GetAsync(new Uri("/admin/users", UriKind.Relative), TestContext.Current.CancellationToken);
        var notice = await officer.GetAsync(refused.Headers.Location!, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notice.StatusCode);
        Assert.Contains("data-testid=\"no-access\"", await notice.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static PortalHost ProductionHost() => new PortalHost()
        .InEnvironment("Production")
        .With("AzureAd:Instance", "http://127.0.0.1:9/")
        .With("AzureAd:TenantId", "bureau-tenant")
        .With("AzureAd:ClientId", "portal")
        .With("AzureAd:ClientSecret", "not-a-secret")
        .With(SingleSignOnSetup.LoopbackProviderSetting, "true");

    /// <summary>Signs in over Kestrel with the given headers and returns the session cookie's Set-Cookie line.</summary>
    private static async Task<string> SignInCookieAsync(Uri portal, params (string Name, string Value)[] headers)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = portal };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dev/login?user=viewer&returnUrl=/");
        foreach (var (name, value) in headers)
            request.Headers.Add(name, value);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.dev=", StringComparison.Ordinal));
    }

    private static IPAddress? NetworkAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(i => i.OperationalStatus == OperationalStatus.Up && i.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

    [GeneratedRegex("<script[^>]*type=\"importmap\"[^>]*>")]
    private static partial Regex ImportMap();

    [GeneratedRegex("script-src[^;]*'nonce-(?<nonce>[^']+)'")]
    private static partial Regex Nonce();
}
