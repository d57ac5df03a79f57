using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Features;
using Portal.Features.FundYears;
using Portal.Infrastructure.Data;
using Portal.Security;

namespace Portal.Benchmarks;

/// <summary>
/// The portal's own feature services and authorization, signed in as a manager, for a suite that calls
/// services without a host. The caller says how the database is registered. The manager works in the
/// configured district (<c>Portal:DistrictCode</c>): reads and writes are scoped to the account's district.
/// </summary>
public static class ManagerServices
{
    public static ServiceProvider Build(string userId, string displayName, IConfiguration configuration, Action<IServiceCollection> addData, string role = PortalRoles.Manager)
    {
        ArgumentNullException.ThrowIfNull(addData);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        addData(services);
        services.AddPortalFeatures(configuration);
        services.AddAuthorizationCore(PortalPolicies.Add);
        var principal = DemoUsers.Principal(new DemoUsers.DemoUser(userId, displayName, role, null), "Benchmark");
        services.AddScoped<AuthenticationStateProvider>(_ => new SignedIn(principal));
        services.AddPortalAuthorization();
        // A console harness has no host: this container is the only one, not a second copy.
#pragma warning disable ASP0000
        var provider = services.BuildServiceProvider();
#pragma warning restore ASP0000
        PutInDistrict(provider, userId, configuration?["Portal:DistrictCode"] ?? new PortalOptions().DistrictCode);
        return provider;
    }

    /// <summary>Moves the (registered) account into the district the suite measures.</summary>
    private static void PutInDistrict(ServiceProvider provider, string userId, string districtCode)
    {
        using var db = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        db.Actor = "基准测试";
        var account = db.UserAccounts.SingleOrDefault(a => a.ObjectId == userId);
        var district = db.Districts.SingleOrDefault(d => d.Code == districtCode);
        if (account is null || district is null || account.DistrictId == district.Id)
            return;
        account.AssignDistrict(district);
        db.SaveChanges();
    }

    private sealed class SignedIn(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
