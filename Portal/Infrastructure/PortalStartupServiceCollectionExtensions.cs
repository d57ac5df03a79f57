namespace Portal.Infrastructure;

public static class PortalStartupServiceCollectionExtensions
{
    /// <summary>
    /// The portal's start-up (<see cref="PortalStartup"/>). Call after everything that adds data protection,
    /// so that the framework's key-ring preload it replaces is there to remove.
    /// </summary>
    public static IServiceCollection AddPortalStartup(this IServiceCollection services)
    {
        foreach (var preload in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == PortalStartup.FrameworkKeyRingPreload).ToList())
            services.Remove(preload);
        services.AddSingleton<StartupWarmUp>();
        // First of the hosted services, so that the database starts before anything else the host starts.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, PortalStartup>());
        return services;
    }
}
