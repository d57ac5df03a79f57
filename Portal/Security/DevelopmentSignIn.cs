using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Pages.Account;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;

namespace Portal.Security;

/// <summary>
/// The development sign-in: pick a demo user on <c>/dev/login</c>, or sign in directly with
/// <c>GET /dev/login?user=&lt;id&gt;&amp;returnUrl=&lt;path&gt;</c>.
/// </summary>
public static class DevelopmentSignIn
{
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
        AccountRegistrar registrar)
    {
        await using var db = await contextFactory.CreateDbContextAsync(context.RequestAborted);
        var district = await loader.DistrictAsync(db, context.RequestAborted);
        var users = DemoUsers.For(district?.Streets ?? []);
        var safeReturn = IsLocal(returnUrl) ? returnUrl! : "/";

        if (string.IsNullOrEmpty(user))
            return Page(users, safeReturn, error: null);

        var demo = users.FirstOrDefault(u => u.Id == user);
        if (demo is null)
            return Page(users, safeReturn, error: $"没有演示用户“{user}”，请从下面选择。");

        // Like a first sign-on, the first demo sign-in registers the account; the demo's street is its initial street.
        await registrar.RecordSignInAsync(demo.Id, demo.Name, email: null, demo.StreetCode, context.RequestAborted);
        await context.SignInAsync(AuthenticationSetup.DevelopmentScheme, DemoUsers.Principal(demo, AuthenticationSetup.DevelopmentScheme));
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

    /// <summary>Only paths of this site: no scheme, no protocol-relative //host, no backslash tricks.</summary>
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
