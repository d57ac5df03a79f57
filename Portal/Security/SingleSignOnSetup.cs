using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;
using Portal.Infrastructure;
using Portal.Infrastructure.Settings;

namespace Portal.Security;

/// <summary>
/// The bureau's single sign-on: Microsoft Entra ID through Microsoft.Identity.Web, authorization code
/// flow, app roles from the token. Configured from the AzureAd section.
/// </summary>
public static class SingleSignOnSetup
{
    public const string Section = "AzureAd";

    /// <summary>
    /// Test-only: trust an OpenID Connect provider on this machine's loopback address (plain http, its own
    /// issuer). Refused unless AzureAd:Instance is a loopback address.
    /// </summary>
    public const string LoopbackProviderSetting = "Portal:Testing:TrustLoopbackIdentityProvider";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:ClientId"]);

    public static string NotConfiguredMessage(IConfiguration configuration) =>
        "No single sign-on is configured and the environment is not Development, so the portal will not start. " +
        $"Missing: {string.Join(", ", Missing(configuration).Select(s => $"{Section}:{s}"))}. " +
        "Set them (for example as environment variables AzureAd__ClientId, AzureAd__TenantId, AzureAd__ClientSecret) " +
        "or run with ASPNETCORE_ENVIRONMENT=Development to use the development sign-in.";

    public static IReadOnlyList<string> Missing(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new SingleSignOnOptions();
        configuration.GetSection(Section).Bind(options);
        return options.Missing();
    }

    internal static void Add(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // Partly configured, or an address that is not https: refused before the start (SingleSignOnOptionsCheck).
        builder.Services.AddCheckedOptions<SingleSignOnOptions, SingleSignOnOptionsCheck>(configuration, Section);

        builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(
                options =>
                {
                    configuration.Bind(Section, options);
                    options.ResponseType = "code";

                    // RP-initiated logout names the client, so the provider honours the return address
                    // without the portal keeping the ID token in its cookie for id_token_hint.
                    var signingOut = options.Events.OnRedirectToIdentityProviderForSignOut;
                    options.Events.OnRedirectToIdentityProviderForSignOut = async context =>
                    {
                        await signingOut(context);
                        context.ProtocolMessage.ClientId ??= context.Options.ClientId;
                    };
                    // Programs calling /api/* or /exports/* are told 401 instead of being sent to the sign-on.
                    var toProvider = options.Events.OnRedirectToIdentityProvider;
                    options.Events.OnRedirectToIdentityProvider = async context =>
                    {
                        if (MachineAddresses.Contains(context.Request))
                        {
                            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                            context.HandleResponse();
                            return;
                        }

                        await toProvider(context);
                    };
                    var tokenValidated = options.Events.OnTokenValidated;
                    options.Events.OnTokenValidated = async context =>
                    {
                        await tokenValidated(context);
                        // The token was just validated: its app role goes into the user directory, where
                        // every later request reads it (the session cookie's copy is never trusted).
                        if (context.Principal is { } principal)
                        {
                            var registrar = context.HttpContext.RequestServices.GetRequiredService<AccountRegistrar>();
                            await registrar.RecordSignInAsync(principal, cancellationToken: context.HttpContext.RequestAborted);
                        }
                    };
                },
                cookies =>
                {
                    cookies.Cookie.Name = "portal.session";
                    cookies.AccessDeniedPath = AccountEndpoints.NoAccessPath;
                    cookies.ExpireTimeSpan = TimeSpan.FromHours(10);
                    cookies.SlidingExpiration = true;
                    MachineAddresses.AnswerWithStatus(cookies.Events);
                });

        if (configuration.GetValue<bool>(LoopbackProviderSetting))
            TrustLoopbackProvider(builder);
    }

    /// <summary>
    /// Lets tests run a real code flow against a local provider: http metadata, and an exact issuer check
    /// in place of Entra ID's multi-tenant issuer validator. Signature, lifetime and audience stay checked.
    /// Registered with Configure, not PostConfigure: the handler reads RequireHttpsMetadata in its own
    /// post-configuration.
    /// </summary>
    private static void TrustLoopbackProvider(WebApplicationBuilder builder)
    {
        var instance = new Uri(builder.Configuration[$"{Section}:Instance"]!);
        if (!instance.IsLoopback)
            throw new PortalStartRefusedException($"{LoopbackProviderSetting} is only for a provider on a loopback address, not {instance}.");
        var issuer = $"{instance.ToString().TrimEnd('/')}/{builder.Configuration[$"{Section}:TenantId"]}/v2.0";

        builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            options.RequireHttpsMetadata = false;
            options.TokenValidationParameters.ValidIssuer = issuer;
            options.TokenValidationParameters.IssuerValidator = (tokenIssuer, _, _) =>
                tokenIssuer == issuer ? tokenIssuer : throw new SecurityTokenInvalidIssuerException($"Issuer {tokenIssuer} is not {issuer}.");
        });
    }
}
