using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Infrastructure.Data;
using Portal.Domain.Common;
using Portal.Infrastructure.Data.Seeding;
using Portal.Security;

namespace Portal.Tests.Support;

/// <summary>
/// A real database (never EF's in-memory provider) for one test: SQLite in memory, or a database of its
/// own on the PostgreSQL test server, with the provider's migrations, constraints and SQL.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<PortalDbContext>, IAsyncDisposable
{
    private readonly IDbContextFactory<PortalDbContext> _factory;
    private readonly Func<ValueTask> _dispose;

    private TestDatabase(DatabaseProvider provider, IDbContextFactory<PortalDbContext> factory, Func<ValueTask> dispose)
    {
        Provider = provider;
        _factory = factory;
        _dispose = dispose;
    }

    public DatabaseProvider Provider { get; }

    public TimeProvider Clock { get; private init; } = FixedClock.Late2026;

    /// <summary>An empty, migrated database.</summary>
    public static async Task<TestDatabase> EmptyAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = provider == DatabaseProvider.Sqlite ? InMemorySqlite() : await PostgresAsync();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A migrated database holding the seeded 2020 Xicheng year.</summary>
    public static async Task<TestDatabase> SeededAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await EmptyAsync(provider);
        await database.SeedAsync();
        return database;
    }

    /// <summary>A database file (SQLite) or server database (PostgreSQL) as the portal opens it, not migrated.</summary>
    public static async Task<TestDatabase> UnmigratedAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
            return await PostgresAsync();
        var folder = Directory.CreateTempSubdirectory("portal-db-");
        var connectionString = $"Data Source={Path.Combine(folder.FullName, "App_Data", "portal.db")}";
        return new TestDatabase(provider, PortalDatabase.Factory(provider, connectionString), () =>
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }) { ConnectionString = connectionString };
    }

    /// <summary>A database someone else owns (a running portal's file), opened as the portal opens it; disposing leaves it.</summary>
    public static TestDatabase Attach(DatabaseProvider provider, string connectionString) =>
        new(provider, PortalDatabase.Factory(provider, connectionString), () => ValueTask.CompletedTask) { ConnectionString = connectionString };

    /// <summary>The connection string of a file or server database (empty for SQLite in memory).</summary>
    public string ConnectionString { get; private init; } = "";

    private static TestDatabase InMemorySqlite()
    {
        var connection = new SqliteConnection($"Data Source=test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        connection.Open();
        var options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection).Options;
        return new TestDatabase(DatabaseProvider.Sqlite, new OptionsFactory(options), connection.DisposeAsync);
    }

    private static async Task<TestDatabase> PostgresAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        return new TestDatabase(DatabaseProvider.Postgres, PortalDatabase.Factory(DatabaseProvider.Postgres, connectionString),
            async () => await PostgresServer.DropDatabaseAsync(connectionString)) { ConnectionString = connectionString };
    }

    /// <summary>The same database seen from another day: services built on it take this clock's "today".</summary>
    public TestDatabase WithClock(TimeProvider clock) =>
        new(Provider, _factory, () => ValueTask.CompletedTask) { Clock = clock, ConnectionString = ConnectionString };

    public Task SeedAsync() => new DatabaseSeeder(this, Clock).SeedAsync();

    /// <summary>Registers an account in the user directory as a first sign-in would, with a street to start with.</summary>
    public async Task<UserAccount> RegisterAsync(string objectId, string? streetCode = null, string? districtCode = null)
    {
        var account = await new AccountRegistrar(this, Clock).RecordSignInAsync(objectId, objectId + " 测试用户", null, streetCode, districtCode);
        return account ?? throw new InvalidOperationException("Account not registered: " + objectId);
    }

    /// <summary>The account as the directory holds it now (its current version).</summary>
    public async Task<UserAccount> AccountAsync(string objectId)
    {
        await using var db = CreateDbContext();
        return await db.UserAccounts.AsNoTracking().SingleAsync(a => a.ObjectId == objectId);
    }

    /// <summary>
    /// What a sign-in with <paramref name="role"/> leaves in the directory for an account registered before:
    /// its role, which every request and circuit reads from there.
    /// </summary>
    public void RecordRole(string objectId, string? role)
    {
        using var db = CreateDbContext();
        if (db.UserAccounts.SingleOrDefault(a => a.ObjectId == objectId) is not { } account || account.Role == role)
            return;
        db.Actor = "测试登录";
        Assert.True(account.RecordRole(role).IsSuccess);
        db.SaveChanges();
    }

    public DatabaseStartup Startup() => new(this, new DatabaseSeeder(this, Clock), NullLogger<DatabaseStartup>.Instance);

    public PortalDbContext CreateDbContext() => _factory.CreateDbContext();

    public async ValueTask DisposeAsync() => await _dispose();

    private sealed class OptionsFactory(DbContextOptions<PortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new(options);
    }
}
