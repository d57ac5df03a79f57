using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;

namespace Portal.Security;

/// <summary>How people sign in to this deployment.</summary>
public enum SignInMode
{
    /// <summary>Pick a demo user: only in Development and only while no single sign-on is configured.</summary>
    Development,

    /// <summary>The bureau's Microsoft Entra ID through Microsoft.Identity.Web.</summary>
    SingleSignOn,
}

/// <summary>
/// Chooses how people sign in, once, at startup. The two paths never coexist, and the portal refuses to
/// start outside Development rather than run without a real sign-in.
/// </summary>
public static class AuthenticationSetup
{
    public const string DevelopmentScheme = "PortalDevelopment";

    public static SignInMode AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var mode = SingleSignOnSetup.IsConfigured(builder.Configuration) ? SignInMode.SingleSignOn : SignInMode.Development;
        if (mode == SignInMode.Development && !builder.Environment.IsDevelopment())
            throw new InvalidOperationException(SingleSignOnSetup.NotConfiguredMessage(builder.Configuration));

        if (mode == SignInMode.SingleSignOn)
        {
            SingleSignOnSetup.Add(builder);
        }
        else
        {
            builder.Services.AddAuthentication(DevelopmentScheme)
                .AddCookie(DevelopmentScheme, options =>
                {
                    options.Cookie.Name = "portal.dev";
                    options.LoginPath = DevelopmentSignIn.Path;
                    options.AccessDeniedPath = AccountEndpoints.NoAccessPath;
                    options.ExpireTimeSpan = TimeSpan.FromHours(10);
                    options.SlidingExpiration = true;
                });
        }

        builder.Services.AddScoped<AuthenticationStateProvider, RevalidatingPortalAuthenticationStateProvider>();
        builder.Services.AddSingleton(new PortalSignIn(mode));
        builder.Services.AddSingleton<AccountRegistrar>();
        builder.Services.AddTransient<IClaimsTransformation, DirectoryClaimsTransformation>();
        return mode;
    }
}

/// <summary>The sign-in mode chosen at startup, for the pages that send people to sign in.</summary>
public sealed record PortalSignIn(SignInMode Mode)
{
    public string SignInPath => Mode == SignInMode.Development ? DevelopmentSignIn.Path : AccountEndpoints.SignInPath;
}
