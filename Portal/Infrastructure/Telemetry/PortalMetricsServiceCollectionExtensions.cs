using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Infrastructure.Telemetry;

public static class PortalMetricsServiceCollectionExtensions
{
    /// <summary>The portal's meter; safe to call from every registration that needs it.</summary>
    public static IServiceCollection AddPortalMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<PortalMetrics>();
        return services;
    }
}
