using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using NetEscapades.AspNetCore.SecurityHeaders;
using Portal.Infrastructure;

namespace Portal.Security;

/// <summary>
/// What every response and connection gets, whatever the page: forwarded headers trusted only from the
/// proxies named in <c>Portal:ForwardedHeaders</c>, Secure and HttpOnly cookies, HSTS outside Development,
/// hardening headers with a content security policy that Blazor and MudBlazor work under, and a live
/// connection (<c>/_blazor</c>) that only the portal's own pages may open.
/// </summary>
public static class WebHardening
{
    public const string ForwardedHeadersSection = "Portal:ForwardedHeaders";

    /// <summary>
    /// The largest message the live connection accepts from a browser. Every text field is capped as it is
    /// typed (<c>TextLimits</c>); the longest, 8,000 characters, costs at most 48,000 bytes in the message
    /// (six bytes for a character JSON escapes as \uXXXX) plus a few hundred of envelope. 64 KB holds that
    /// with room, and refuses anything larger instead of holding it in memory (SignalR's default is 32 KB,
    /// which a long comment of Chinese text already exceeded).
    /// </summary>
    public const long CircuitMessageLimit = 64 * 1024;

    /// <summary>HSTS: a year, this host only (other bureau systems under the same domain may not have TLS), no preload list.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static void AddPortalHardening(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var proxies = ForwardedHeadersSettings.Read(builder.Configuration);
        builder.Services.AddSingleton(proxies);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The framework trusts loopback by default; here only what the configuration names is a proxy.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Proxies)
                options.KnownProxies.Add(proxy);
            foreach (var network in proxies.Networks)
                options.KnownIPNetworks.Add(network);
            options.ForwardLimit = 1;
            if (proxies.AllowedHosts.Count > 0)
                options.AllowedHosts = [.. proxies.AllowedHosts];
        });

        // The server's name and version help nobody but a scanner.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var development = builder.Environment.IsDevelopment();
        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = HttpOnlyPolicy.Always;
            // In Development the portal is served over plain http on this machine; everywhere else only over TLS.
            options.Secure = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            options.IncludeSubDomains = false;
            options.Preload = false;
        });
    }

    /// <summary>Call first in the pipeline, before anything reads the scheme, the client address or cookies.</summary>
    public static void UsePortalHardening(this WebApplication app, string? signOnOrigin)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<ForwardedHeadersSettings>().Any)
            app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseCookiePolicy();
        app.UseSecurityHeaders(Headers(signOnOrigin));
        app.UseMiddleware<CircuitOriginCheck>();
    }

    /// <summary>
    /// The headers of every response. Scripts only from the portal itself (the import map Blazor writes
    /// inline carries the response's nonce); styles also inline, because MudBlazor sets style attributes;
    /// connections to the portal's own origin, and to the sign-on's: Blazor's enhanced navigation fetches a
    /// page, and when that page sends an expired session to the sign-on the fetch follows the redirect there
    /// before Blazor loads the address as a whole page. Forms may post to the portal and, for signing out,
    /// to the sign-on; no page may frame the portal.
    /// </summary>
    public static HeaderPolicyCollection Headers(string? signOnOrigin) => new HeaderPolicyCollection()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicySameOrigin()
        .AddFrameOptionsDeny()
        .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
        .RemoveServerHeader()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self().WithNonce();
            csp.AddStyleSrc().Self().UnsafeInline();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self().Data();
            var connections = csp.AddConnectSrc().Self();
            if (signOnOrigin is not null)
                connections.From(signOnOrigin);
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            var forms = csp.AddFormAction().Self();
            if (signOnOrigin is not null)
                forms.From(signOnOrigin);
            csp.AddFrameAncestors().None();
        });

    /// <summary>The origin of the configured sign-on (scheme, host, port), which the sign-out form is sent on to.</summary>
    public static string? SignOnOrigin(IConfiguration configuration, SignInMode mode)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return mode == SignInMode.SingleSignOn && Uri.TryCreate(configuration[$"{SingleSignOnSetup.Section}:Instance"], UriKind.Absolute, out var instance)
            ? instance.GetLeftPart(UriPartial.Authority)
            : null;
    }
}

/// <summary>The proxies whose X-Forwarded-* headers count (Portal:ForwardedHeaders:KnownProxies, KnownNetworks, AllowedHosts).</summary>
public sealed record ForwardedHeadersSettings(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<System.Net.IPNetwork> Networks, IReadOnlyList<string> AllowedHosts)
{
    public bool Any => Proxies.Count > 0 || Networks.Count > 0;

    public static ForwardedHeadersSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(WebHardening.ForwardedHeadersSection);
        var proxies = new List<IPAddress>();
        foreach (var text in section.GetSection("KnownProxies").Get<string[]>() ?? [])
        {
            proxies.Add(IPAddress.TryParse(text, out var address)
                ? address
                : throw new PortalStartRefusedException($"{WebHardening.ForwardedHeadersSection}:KnownProxies holds '{text}', which is not an IP address."));
        }

        var networks = new List<System.Net.IPNetwork>();
        foreach (var text in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
        {
            networks.Add(System.Net.IPNetwork.TryParse(text, out var network)
                ? network
                : throw new PortalStartRefusedException($"{WebHardening.ForwardedHeadersSection}:KnownNetworks holds '{text}', which is not a network such as 10.0.0.0/24."));
        }

        return new ForwardedHeadersSettings(proxies, networks, section.GetSection("AllowedHosts").Get<string[]>() ?? []);
    }
}
