using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Infrastructure.Data;

/// <summary>
/// Lets `dotnet ef migrations add --context PostgresPortalDbContext` build the PostgreSQL model; adding a
/// migration never connects, so the server named here need not exist.
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        new(PortalDatabase.UsePostgres(new DbContextOptionsBuilder<PostgresPortalDbContext>(), "Host=localhost;Database=portal_design").Options);
}
