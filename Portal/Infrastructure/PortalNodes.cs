using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.KeyRing;

namespace Portal.Infrastructure;

/// <summary>
/// What lets several portal nodes serve the same users behind a load balancer: one key ring in the
/// database, one application name, and health endpoints the balancer can ask.
/// </summary>
public static class PortalNodes
{
    /// <summary>
    /// Fixed, because ASP.NET derives the default from the content root path: two nodes installed in
    /// different folders would otherwise refuse each other's cookies even with the same keys.
    /// </summary>
    public const string ApplicationName = "xicheng-welfare-lottery-portal";

    /// <summary>
    /// The key ring is kept in the database for every node, encrypted with the key-encryption certificate
    /// (<see cref="KeyEncryptionCertificates"/>); certificates of earlier rotations still decrypt older keys.
    /// </summary>
    public static IServiceCollection AddPortalNodes(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var options = new KeyEncryptionOptions();
        configuration.GetSection(KeyEncryptionOptions.Section).Bind(options);
        var certificates = KeyEncryptionCertificates.Load(options, environment.IsDevelopment());
        services.AddSingleton(certificates);
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PortalDbContext>()
            .ProtectKeysWithCertificate(certificates.Current)
            .UnprotectKeysWithAnyCertificate([.. certificates.Previous]);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.Ready]);
        return services;
    }

    /// <summary>
    /// /healthz/live: the process answers (restart it if not). /healthz/ready: the database answers and is
    /// migrated (send users here only then). /healthz: everything, as before.
    /// </summary>
    public static IEndpointRouteBuilder MapPortalHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz").AllowAnonymous();
        endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseHealthCheck.Ready) }).AllowAnonymous();
        return endpoints;
    }
}
