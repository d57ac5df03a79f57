using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data.Auditing;

namespace Portal.Infrastructure.Data;

/// <summary>
/// The portal's database. Created per operation through <see cref="IDbContextFactory{TContext}"/>:
/// a Blazor circuit lives for hours, a context must not. This type owns the SQLite migrations;
/// <see cref="PostgresPortalDbContext"/> is the same model with PostgreSQL's migrations.
/// </summary>
public class PortalDbContext : DbContext, IDataProtectionKeyContext
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclasses, which each own their migrations.</summary>
    protected PortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<District> Districts => Set<District>();

    public DbSet<Street> Streets => Set<Street>();

    public DbSet<FundYear> FundYears => Set<FundYear>();

    public DbSet<SubsidyType> SubsidyTypes => Set<SubsidyType>();

    public DbSet<SubsidyReport> SubsidyReports => Set<SubsidyReport>();

    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();

    public DbSet<PublishedReport> PublishedReports => Set<PublishedReport>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    /// <summary>The data-protection key ring, shared by every portal node so any node reads another's cookies.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Who is changing data through this context. Every save with changes needs one, so no change can
    /// reach the database without its audit entry.
    /// </summary>
    public string? Actor { get; set; }

    // A pooled context is handed to the next operation after disposal: the actor must not go with it.
    public override void Dispose()
    {
        Actor = null;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        Actor = null;
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendAuditEntries();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendAuditEntries();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void AppendAuditEntries()
    {
        ChangeTracker.DetectChanges();
        if (!ChangeTracker.Entries().Any(AuditTrail.IsAudited))
            return;
        if (string.IsNullOrWhiteSpace(Actor))
            throw new InvalidOperationException("A change was saved without an actor; set PortalDbContext.Actor first.");
        AuditEntries.AddRange(AuditTrail.Describe(ChangeTracker, Actor, AuditClock.Of(this.GetService<IDbContextOptions>()).GetUtcNow().UtcDateTime));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no decimal type: money is INTEGER fen, everywhere, mapped once here.
        configurationBuilder.Properties<Money>().HaveConversion<MoneyToFenConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<DecimalToTextConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(Money) || p.ClrType == typeof(Money?)))
                property.SetColumnName(property.Name + "Fen");

            // Ids are made by the domain, so a new child found in a collection is an insert, not an update.
            foreach (var key in entity.GetKeys().SelectMany(k => k.Properties).Where(p => p.ClrType == typeof(Guid)))
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }
    }
}
