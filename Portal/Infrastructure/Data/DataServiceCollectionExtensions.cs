using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Infrastructure.Data.Auditing;
using Portal.Infrastructure.Data.Seeding;
using Portal.Infrastructure.Settings;
using Portal.Infrastructure.Telemetry;

namespace Portal.Infrastructure.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Portal";

    /// <summary>The provider chosen by <c>Database:Provider</c> (SQLite unless set).</summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration) =>
        configuration["Database:Provider"] is { Length: > 0 } name
            ? Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
                ? provider
                : throw new PortalStartRefusedException($"Database:Provider must be Sqlite or Postgres, not '{name}'.")
            : DatabaseProvider.Sqlite;

    /// <summary>
    /// The database at <c>ConnectionStrings:Portal</c> on the provider of <c>Database:Provider</c>. Every
    /// service asks for <see cref="IDbContextFactory{PortalDbContext}"/> and never knows which provider it got.
    /// </summary>
    /// <param name="loadDemo">Whether the start loads the 2020 Xicheng demonstration year (<see cref="DatabaseSeeder"/>).</param>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration, string contentRoot, bool loadDemo = true)
    {
        var provider = ProviderOf(configuration);
        // Read when the first context is made, after the start-up check has looked at it (DatabaseOptionsCheck).
        string ConnectionString() => PortalDatabase.ConnectionString(provider, configuration.GetConnectionString(ConnectionStringName), contentRoot);
        // Pooled: a page asks for a dozen short-lived contexts, and a new context builds its own scope of
        // EF's internal services each time (about a fifth of a page's allocations before pooling).
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddPooledDbContextFactory<PostgresPortalDbContext>((sp, options) =>
                PortalDatabase.UsePostgres(options, ConnectionString(), sp.GetService<PortalMetrics>()).UseAuditClock(sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton(sp => PortalDatabase.Wrap(sp.GetRequiredService<IDbContextFactory<PostgresPortalDbContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<PortalDbContext>((sp, options) =>
                PortalDatabase.UseSqlite(options, ConnectionString()).UseAuditClock(sp.GetRequiredService<TimeProvider>()));
        }

        // The data-protection key ring asks for a context from a scope of its own; the scope hands it back.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());

        // Audit entries and access records are stamped by the host's clock (tests put a fixed one here).
        services.TryAddSingleton(TimeProvider.System);
        services.AddPortalMetrics();
        services.AddSingleton(new DatabaseSettings(provider));
        services.AddSingleton(new DemoData(loadDemo));
        services.AddSingleton<DatabaseSeeder>();
        services.AddSingleton<DatabaseStartup>();
        services.AddCheckedOptions<DatabaseOptions, DatabaseOptionsCheck>(configuration, DatabaseOptions.Section)
            .Configure(options => options.ConnectionString = configuration.GetConnectionString(ConnectionStringName));
        services.AddCheckedOptions<Backups.BackupOptions, Backups.BackupOptionsCheck>(configuration, Backups.BackupOptions.Section);
        services.AddSingleton<Backups.DatabaseBackup>();
        services.AddSingleton<Backups.BackupAudit>();
        services.AddHostedService<Backups.DailyBackupService>();
        return services;
    }
}
