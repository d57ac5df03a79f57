using Microsoft.AspNetCore.Components.Authorization;

namespace Portal.Security;

public static class RequestUser
{
    /// <summary>
    /// Outside a Blazor circuit (a file download endpoint) nobody sets the authentication state the feature
    /// services read; this hands them the request's user.
    /// </summary>
    public static void UseRequestUser(this AuthenticationStateProvider authentication, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (authentication is IHostEnvironmentAuthenticationStateProvider host)
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
    }
}
