using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Infrastructure;

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
public static partial class AuthenticationSetup
{
    public const string DevelopmentScheme = "PortalDevelopment";

    public static SignInMode AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var mode = SingleSignOnSetup.IsConfigured(builder.Configuration) ? SignInMode.SingleSignOn : SignInMode.Development;
        if (mode == SignInMode.Development && !builder.Environment.IsDevelopment())
            throw new PortalStartRefusedException(SingleSignOnSetup.NotConfiguredMessage(builder.Configuration));

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
                    MachineAddresses.AnswerWithStatus(options.Events);
                });
        }

        builder.Services.AddScoped<AuthenticationStateProvider, RevalidatingPortalAuthenticationStateProvider>();
        builder.Services.AddSingleton(new PortalSignIn(mode));
        builder.Services.AddSingleton<AccountRegistrar>();
        builder.Services.AddTransient<IClaimsTransformation, DirectoryClaimsTransformation>();
        return mode;
    }

    /// <summary>Says at start which sign-in this portal offers; the development sign-in loudly, so no one misses it on a server.</summary>
    public static void LogSignInMode(this WebApplication app, SignInMode mode)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthenticationSetup));
        if (mode == SignInMode.Development)
            LogDevelopmentSignIn(logger, DevelopmentSignIn.Path);
        else
            LogSingleSignOn(logger, app.Configuration[$"{SingleSignOnSetup.Section}:Instance"] ?? string.Empty);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message =
        "*** DEVELOPMENT SIGN-IN IS ON *** Anyone who can reach {Path} from this machine can sign in as any demo user, the manager included. " +
        "It answers loopback clients only. Never run a server in Development: configure single sign-on (AzureAd:*) instead.")]
    private static partial void LogDevelopmentSignIn(ILogger logger, string path);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Sign-in: single sign-on at {Instance}; no development sign-in.")]
    private static partial void LogSingleSignOn(ILogger logger, string instance);
}

/// <summary>The sign-in mode chosen at startup, for the pages that send people to sign in.</summary>
public sealed record PortalSignIn(SignInMode Mode)
{
    public string SignInPath => Mode == SignInMode.Development ? DevelopmentSignIn.Path : AccountEndpoints.SignInPath;
}
