using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Infrastructure.Data.Auditing;
using Portal.Infrastructure.Telemetry;

namespace Portal.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Who the user is per operation, and the checks every write goes through.</summary>
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddPortalMetrics();
        services.AddScoped<RequestDirectoryAnswer>();
        services.AddScoped<PortalUserAccessor>();
        services.AddScoped<OperationAuthorizer>();
        services.AddScoped<ReadAuthorizer>();
        services.AddSingleton<IAuthorizationHandler, OperationAuthorizationHandler>();
        services.TryAddSingleton<SecurityLog>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RefusedAccess>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusedRequestRecorder>();
        return services;
    }
}
