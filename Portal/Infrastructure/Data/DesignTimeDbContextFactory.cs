using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Infrastructure.Data;

/// <summary>Lets `dotnet ef migrations add --context PortalDbContext` build the SQLite model without starting the portal.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(PortalDatabase.UseSqlite(new DbContextOptionsBuilder<PortalDbContext>(), "Data Source=design-time.db").Options);
}
