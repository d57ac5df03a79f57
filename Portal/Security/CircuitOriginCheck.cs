namespace Portal.Security;

/// <summary>
/// The live connection of Blazor pages (<c>/_blazor</c>) is opened only from the portal's own pages: a
/// browser always names the page's origin when it opens a WebSocket or posts, and a page of another site
/// must not open a connection that carries the user's cookie (cross-site WebSocket hijacking). The host and
/// port must be the request's own; the scheme is not compared, so a TLS proxy whose forwarded headers are
/// not configured does not cut every page off (another site is another host). A request without an Origin
/// (not a browser) has no cookie of a user to abuse and is left to the sign-in checks.
/// </summary>
public sealed partial class CircuitOriginCheck(RequestDelegate next, ILogger<CircuitOriginCheck> logger)
{
    public const string CircuitPath = "/_blazor";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.StartsWithSegments(CircuitPath)
            && context.Request.Headers.Origin is { Count: > 0 } origin
            && !IsOwn(context.Request, origin.ToString()))
        {
            LogRefused(logger, origin.ToString(), context.Connection.RemoteIpAddress?.ToString() ?? "(unknown)");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(context);
    }

    internal static bool IsOwn(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(EventId = 4032, Level = LogLevel.Warning, Message = "Refused a live connection from origin {Origin} (client {Client})")]
    private static partial void LogRefused(ILogger logger, string origin, string client);
}
