using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Data.Auditing;
using Portal.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>Audit entries and access records take their time from the host's injected clock, never the machine's.</summary>
public abstract class AuditClockTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Pinned = new(2023, 4, 5, 6, 7, 8, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_sign_in_writes_its_audit_entry_and_access_record_at_the_injected_clock_s_time()
    {
        var folder = Directory.CreateTempSubdirectory("portal-clock-");
        var connectionString = provider == DatabaseProvider.Postgres
            ? await PostgresServer.CreateDatabaseAsync()
            : $"Data Source={Path.Combine(folder.FullName, "portal.db")}";
        try
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton<TimeProvider>(new FixedClock(Pinned));
            services.AddPortalData(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Portal"] = connectionString,
            }).Build(), folder.FullName, loadDemo: false);
            await using var host = services.BuildServiceProvider();
            var factory = host.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            await using (var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
                await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

            await new AccountRegistrar(factory, host.GetRequiredService<TimeProvider>()).RecordSignInAsync("clock-user", "计时 用户", null, null);
            await using (var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
            {
                db.Actor = "计时 用户 (clock-user)";
                var account = await db.UserAccounts.SingleAsync(TestContext.Current.CancellationToken);
                Assert.True(account.Disable().IsSuccess);
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            }

            await using var check = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
            var entries = await check.AuditEntries.Where(a => a.Entity == nameof(UserAccount)).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(["Added", "Modified"], entries.OrderBy(e => e.Id).Select(e => e.Action));
            Assert.All(entries, e => Assert.Equal(Pinned.UtcDateTime, e.At));
            var signIn = await check.SecurityEvents.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(SecurityEventKind.SignIn, signIn.Kind);
            Assert.Equal(Pinned.UtcDateTime, signIn.At);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (provider == DatabaseProvider.Postgres)
                await PostgresServer.DropDatabaseAsync(connectionString);
            folder.Delete(recursive: true);
        }
    }
}

public sealed class AuditClockTestsOnSqlite() : AuditClockTests(DatabaseProvider.Sqlite);

public sealed class AuditClockTestsOnPostgres() : AuditClockTests(DatabaseProvider.Postgres);
