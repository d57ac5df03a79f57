using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Features;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Tests.Support;

/// <summary>
/// The portal's feature services as a circuit sees them, signed in as one principal, over a test
/// database. The authorization is the real one; only the sign-in is given.
/// </summary>
public sealed class ServiceHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    /// <summary>
    /// Services signed in as <paramref name="principal"/>. As a real sign-in does, its role is recorded in the
    /// user directory for an account registered before (<see cref="TestDatabase.RegisterAsync"/>), since the
    /// services read the role from there.
    /// </summary>
    /// <param name="configure">Registrations after the portal's own, to share a singleton between harnesses.</param>
    public ServiceHarness(TestDatabase database, ClaimsPrincipal principal, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var signedIn = CurrentUser.From(principal);
        database.RecordRole(signedIn.Id, signedIn.Role);

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton<IDbContextFactory<PortalDbContext>>(database);
        services.AddSingleton(database.Clock);
        services.AddAuthorizationCore(PortalPolicies.Add);
        services.AddScoped<AuthenticationStateProvider>(_ => new FixedAuthenticationState(principal));
        services.AddPortalAuthorization();
        services.AddPortalFeatures(new ConfigurationBuilder().Build());
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _scope = _provider.CreateAsyncScope();
    }

    public LogCapture Logs { get; } = new();

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>The circuit's services, to hand to an HTTP request instead (as a page rendered as HTML has them).</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>A principal as a sign-in would make it: id, name and (optionally) an app role.</summary>
    public static ClaimsPrincipal Principal(string objectId, string? role) =>
        DemoUsers.Principal(new DemoUsers.DemoUser(objectId, objectId + " 测试用户", role, null), "Test");

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }

    private sealed class FixedAuthenticationState(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
