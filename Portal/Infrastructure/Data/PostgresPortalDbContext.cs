using Microsoft.EntityFrameworkCore;

namespace Portal.Infrastructure.Data;

/// <summary>
/// The portal's model on PostgreSQL. A type of its own only so that it owns its own migrations
/// (<c>Migrations/Postgres</c>); everything else is <see cref="PortalDbContext"/>'s.
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Times are UTC throughout (shown in Beijing time by BeijingTime); timestamptz takes only UTC values,
        // and values read back from a SQLite file during a move arrive without a kind.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
