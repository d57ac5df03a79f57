using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Portal.Infrastructure.Telemetry;

namespace Portal.Infrastructure.Data;

/// <summary>
/// How the portal opens its database on each provider, in one place for the portal, its commands and
/// its tests: the provider's context type (which selects the migrations), split queries, and on
/// PostgreSQL the one-writer lock.
/// </summary>
public static class PortalDatabase
{
    public static TBuilder UseSqlite<TBuilder>(TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        return options;
    }

    /// <param name="metrics">Where the wait for the write lock is measured; none outside the portal's host.</param>
    public static TBuilder UsePostgres<TBuilder>(TBuilder options, string connectionString, PortalMetrics? metrics = null)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(new PostgresWriteLock(metrics));
        return options;
    }

    /// <summary>A factory outside dependency injection (the move command, tests).</summary>
    public static IDbContextFactory<PortalDbContext> Factory(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => new PooledDbContextFactory<PortalDbContext>(
            UseSqlite(new DbContextOptionsBuilder<PortalDbContext>(), connectionString).Options),
        DatabaseProvider.Postgres => Wrap(new PooledDbContextFactory<PostgresPortalDbContext>(
            UsePostgres(new DbContextOptionsBuilder<PostgresPortalDbContext>(), connectionString).Options)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>
    /// <c>ConnectionStrings:Portal</c> for the provider. A relative SQLite file is taken from the content
    /// root so the database lands in Portal/App_Data whatever folder the portal is started from.
    /// </summary>
    public static string ConnectionString(DatabaseProvider provider, string? configured, string contentRoot)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(configured) || configured.Contains("Data Source", StringComparison.OrdinalIgnoreCase))
                throw new PortalStartRefusedException("Database:Provider is Postgres: set ConnectionStrings:Portal to a PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…).");
            return configured;
        }

        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/portal.db");
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        builder.Pooling = true;
        return builder.ToString();
    }

    /// <summary>Hands out a provider's context as the <see cref="PortalDbContext"/> every service asks for.</summary>
    private sealed class ContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<PortalDbContext>
        where TContext : PortalDbContext
    {
        public PortalDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<PortalDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }

    internal static IDbContextFactory<PortalDbContext> Wrap<TContext>(IDbContextFactory<TContext> inner)
        where TContext : PortalDbContext => new ContextFactory<TContext>(inner);
}
