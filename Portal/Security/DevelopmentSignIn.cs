using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Pages.Account;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;

namespace Portal.Security;

/// <summary>
/// The development sign-in: pick a demo user on <c>/dev/login</c>, or sign in directly with
/// <c>GET /dev/login?user=&lt;id&gt;&amp;returnUrl=&lt;path&gt;</c>. It exists only in Development without a
/// sign-on, and answers only clients on this machine (loopback), after forwarded headers from configured
/// proxies are applied: a network client, directly or through a proxy, is refused and logged.
/// </summary>
public static partial class DevelopmentSignIn
{
    public const string LoopbackOnly = "开发用登录只接受本机访问。请通过单位统一身份认证登录。";

    public const string Path = "/dev/login";

    public static IEndpointRouteBuilder MapDevelopmentSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, SignInAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context,
        string? user,
        string? returnUrl,
        IDbContextFactory<PortalDbContext> contextFactory,
        FundYearLoader loader,
        AccountRegistrar registrar,
        ILoggerFactory loggers)
    {
        if (!IsLoopback(context.Connection.RemoteIpAddress))
        {
            LogRefused(loggers.CreateLogger(typeof(DevelopmentSignIn)), context.Connection.RemoteIpAddress?.ToString() ?? "(unknown)");
            return Results.Text(LoopbackOnly, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        await using var db = await contextFactory.CreateDbContextAsync(context.RequestAborted);
        var district = await loader.ConfiguredDistrictAsync(db, context.RequestAborted);
        var configured = district?.Code;
        var others = await db.Districts.AsNoTracking().Where(d => d.Code != configured).OrderBy(d => d.Code).ToListAsync(context.RequestAborted);
        IReadOnlyList<DemoUsers.DemoUser> users = [.. DemoUsers.For(district?.Streets ?? []), .. others.SelectMany(DemoUsers.OfOtherDistrict)];
        var safeReturn = IsLocal(returnUrl) ? returnUrl! : "/";

        if (string.IsNullOrEmpty(user))
            return Page(users, safeReturn, error: null);

        var demo = users.FirstOrDefault(u => u.Id == user);
        if (demo is null)
            return Page(users, safeReturn, error: $"没有演示用户“{user}”，请从下面选择。");

        // Like a sign-on, the demo sign-in registers the account and records its role; the demo's street is its initial street.
        var principal = DemoUsers.Principal(demo, AuthenticationSetup.DevelopmentScheme);
        await registrar.RecordSignInAsync(principal, demo.StreetCode, context.RequestAborted);
        await context.SignInAsync(AuthenticationSetup.DevelopmentScheme, principal);
        return Results.LocalRedirect(safeReturn);
    }

    private static RazorComponentResult<DevLogin> Page(IReadOnlyList<DemoUsers.DemoUser> users, string returnUrl, string? error) =>
        new(new Dictionary<string, object?>
        {
            [nameof(DevLogin.Users)] = users,
            [nameof(DevLogin.ReturnUrl)] = returnUrl,
            [nameof(DevLogin.Error)] = error,
        })
        {
            StatusCode = error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        };

    internal static bool IsLoopback(System.Net.IPAddress? address) =>
        address is not null && System.Net.IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    [LoggerMessage(EventId = 4033, Level = LogLevel.Warning, Message = "Refused the development sign-in to non-loopback client {Client}")]
    private static partial void LogRefused(ILogger logger, string client);

    /// <summary>Only paths of this site: no scheme, no protocol-relative //host, no backslash tricks.</summary>
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
