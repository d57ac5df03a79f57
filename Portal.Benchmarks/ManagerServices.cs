using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Features;
using Portal.Security;

namespace Portal.Benchmarks;

/// <summary>
/// The portal's own feature services and authorization, signed in as a manager, for a suite that calls
/// services without a host. The caller says how the database is registered.
/// </summary>
public static class ManagerServices
{
    public static ServiceProvider Build(string userId, string displayName, IConfiguration configuration, Action<IServiceCollection> addData)
    {
        ArgumentNullException.ThrowIfNull(addData);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        addData(services);
        services.AddPortalFeatures(configuration);
        services.AddAuthorizationCore(PortalPolicies.Add);
        var principal = DemoUsers.Principal(new DemoUsers.DemoUser(userId, displayName, PortalRoles.Manager, null), "Benchmark");
        services.AddScoped<AuthenticationStateProvider>(_ => new SignedIn(principal));
        services.AddPortalAuthorization();
        // A console harness has no host: this container is the only one, not a second copy.
#pragma warning disable ASP0000
        return services.BuildServiceProvider();
#pragma warning restore ASP0000
    }

    private sealed class SignedIn(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
