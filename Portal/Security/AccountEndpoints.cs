using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Portal.Infrastructure.Data.Auditing;

namespace Portal.Security;

/// <summary>
/// /account/signin and /account/signout for both sign-in modes (Microsoft.Identity.Web.UI, which would
/// provide them, is not used).
/// </summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/signin";
    public const string SignOutPath = "/account/signout";
    public const string SignedOutPath = "/account/signed-out";
    public const string NoAccessPath = "/no-access";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints, SignInMode mode)
    {
        endpoints.MapGet(SignInPath, (string? returnUrl) => SignIn(mode, returnUrl)).AllowAnonymous();
        endpoints.MapPost(SignOutPath, (HttpContext context, IAntiforgery antiforgery, SecurityLog log) => SignOutAsync(context, antiforgery, log, mode)).AllowAnonymous();
        if (mode == SignInMode.Development)
            endpoints.MapDevelopmentSignIn();
        return endpoints;
    }

    private static IResult SignIn(SignInMode mode, string? returnUrl)
    {
        var safeReturn = DevelopmentSignIn.IsLocal(returnUrl) ? returnUrl! : "/";
        return mode == SignInMode.Development
            ? Results.LocalRedirect($"{DevelopmentSignIn.Path}?returnUrl={Uri.EscapeDataString(safeReturn)}")
            : Results.Challenge(new AuthenticationProperties { RedirectUri = safeReturn }, [OpenIdConnectDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, SecurityLog log, SignInMode mode)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
            return Results.BadRequest();
        var user = CurrentUser.From(context.User);
        if (user.IsAuthenticated)
            await log.RecordAsync(SecurityEventKind.SignOut, user.AuditName, "退出登录", cancellationToken: context.RequestAborted);
        if (mode == SignInMode.Development)
        {
            await context.SignOutAsync(AuthenticationSetup.DevelopmentScheme);
            return Results.LocalRedirect(DevelopmentSignIn.Path);
        }

        // Ends the portal's session and the sign-on's; the provider sends the browser back to SignedOutPath.
        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = SignedOutPath },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
    }
}
