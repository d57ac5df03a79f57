using Microsoft.AspNetCore.Authentication.Cookies;

namespace Portal.Security;

/// <summary>
/// Chooses how people sign in, once, at startup. The development sign-in exists only in Development and
/// only while no single sign-on is configured: the two never coexist.
/// </summary>
public static class AuthenticationSetup
{
    public const string DevelopmentScheme = "PortalDevelopment";

    public static SignInMode AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var clientId = builder.Configuration["AzureAd:ClientId"];
        if (!string.IsNullOrWhiteSpace(clientId))
        {
            throw new InvalidOperationException(
                "AzureAd:ClientId is set, but this version of the portal has no single sign-on yet. Remove AzureAd:ClientId to use the development sign-in.");
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "No single sign-on is configured. Set AzureAd:Instance, AzureAd:TenantId, AzureAd:ClientId and AzureAd:ClientSecret " +
                "(environment variables AzureAd__ClientId etc.), or run in the Development environment to use the development sign-in.");
        }

        builder.Services.AddAuthentication(DevelopmentScheme)
            .AddCookie(DevelopmentScheme, options =>
            {
                options.Cookie.Name = "portal.dev";
                options.LoginPath = DevelopmentSignIn.Path;
                options.LogoutPath = DevelopmentSignIn.SignOutPath;
                options.AccessDeniedPath = "/no-access";
                options.ExpireTimeSpan = TimeSpan.FromHours(10);
                options.SlidingExpiration = true;
            });
        return SignInMode.Development;
    }
}

public enum SignInMode
{
    Development,
}
