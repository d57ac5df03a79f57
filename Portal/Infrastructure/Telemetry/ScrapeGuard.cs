using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;

namespace Portal.Infrastructure.Telemetry;

/// <summary>
/// Who may read <c>/metrics</c>: a scraper sending the configured key as a bearer token, or one connecting
/// directly from an allowed network. A request that came through a proxy (it carries X-Forwarded-For or
/// Forwarded, or the portal already consumed them) is never allowed by its address alone, so a proxy on an
/// allowed network cannot open the endpoint to the world. Everyone else gets a bare 404.
/// </summary>
internal sealed class ScrapeGuard(TelemetryOptions.PrometheusOptions options)
{
    private readonly byte[]? _keyHash = string.IsNullOrEmpty(options.Key) ? null : Hash(options.Key);
    private readonly IPNetwork[] _networks = [.. options.AllowedNetworks.Select(n => IPNetwork.Parse(n))];

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (Allows(context))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        // A bare status: not the portal's not-found page, which would say what this address is.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            pages.Enabled = false;
        return Task.CompletedTask;
    }

    public bool Allows(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_keyHash is not null && context.Request.Headers.Authorization is [{ } header]
            && header.StartsWith("Bearer ", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Hash(header["Bearer ".Length..].Trim()), _keyHash))
            return true;
        if (Proxied(context.Request) || context.Connection.RemoteIpAddress is not { } address)
            return false;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        return _networks.Any(network => network.Contains(address));
    }

    private static bool Proxied(HttpRequest request) =>
        request.Headers.ContainsKey("X-Forwarded-For") || request.Headers.ContainsKey("X-Original-For") || request.Headers.ContainsKey("Forwarded");

    // Equal-length digests, so the comparison takes the same time whatever the key's length.
    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
