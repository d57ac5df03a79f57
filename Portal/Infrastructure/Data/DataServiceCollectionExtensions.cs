using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data.Seeding;

namespace Portal.Infrastructure.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Portal";

    /// <summary>
    /// SQLite at <c>ConnectionStrings:Portal</c>; a relative file path is taken from the content root so
    /// the database lands in Portal/App_Data whatever folder the portal is started from.
    /// </summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=App_Data/portal.db";
        var builder = new SqliteConnectionStringBuilder(configured);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        builder.Pooling = true;

        services.AddDbContextFactory<PortalDbContext>(options => options.UseSqlite(builder.ToString(), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
        services.AddSingleton<DatabaseSeeder>();
        services.AddSingleton<DatabaseStartup>();
        services.Configure<Backups.BackupOptions>(configuration.GetSection(Backups.BackupOptions.Section));
        services.AddSingleton<Backups.DatabaseBackup>();
        services.AddHostedService<Backups.DailyBackupService>();
        return services;
    }
}
