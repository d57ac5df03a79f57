using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Portal.Security;

/// <summary>
/// Addresses that programs and downloads call rather than people browsing (<c>/api/*</c>, <c>/exports/*</c>):
/// a caller who is not signed in gets 401 and one who may not 403, never a redirect to a sign-in page it
/// cannot use.
/// </summary>
public static class MachineAddresses
{
    public static bool Contains(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/exports");
    }

    /// <summary>Answers 401/403 for machine addresses and keeps the cookie's redirects for pages.</summary>
    public static void AnswerWithStatus(CookieAuthenticationEvents events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var toLogin = events.OnRedirectToLogin;
        events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized, toLogin);
        var toDenied = events.OnRedirectToAccessDenied;
        events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden, toDenied);
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status, Func<RedirectContext<CookieAuthenticationOptions>, Task> otherwise)
    {
        if (!Contains(context.Request))
            return otherwise(context);
        context.Response.StatusCode = status;
        // A program gets the status alone, not the not-found page the status code pages would add.
        if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            pages.Enabled = false;
        return Task.CompletedTask;
    }
}
