using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Infrastructure.Data;
using Portal.Domain.Common;
using Portal.Infrastructure.Data.Seeding;
using Portal.Security;

namespace Portal.Tests.Support;

/// <summary>
/// A real SQLite database (never EF's in-memory provider) that lives in memory for one test: the same
/// migrations, constraints and SQL as the portal's file.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<PortalDbContext>, IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<PortalDbContext> _options;

    private TestDatabase(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(_connection).Options;
    }

    public TimeProvider Clock { get; private init; } = FixedClock.Late2026;

    /// <summary>An empty, migrated database.</summary>
    public static async Task<TestDatabase> EmptyAsync()
    {
        var database = new TestDatabase($"Data Source=test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A migrated database holding the seeded 2020 Xicheng year.</summary>
    public static async Task<TestDatabase> SeededAsync()
    {
        var database = await EmptyAsync();
        await database.SeedAsync();
        return database;
    }

    public Task SeedAsync() => new DatabaseSeeder(this, Clock).SeedAsync();

    /// <summary>Registers an account in the user directory as a first sign-in would, with a street to start with.</summary>
    public async Task<UserAccount> RegisterAsync(string objectId, string? streetCode = null)
    {
        var account = await new AccountRegistrar(this, Clock).RecordSignInAsync(objectId, objectId + " 测试用户", null, streetCode);
        return account ?? throw new InvalidOperationException("Account not registered: " + objectId);
    }

    public DatabaseStartup Startup() => new(this, new DatabaseSeeder(this, Clock), NullLogger<DatabaseStartup>.Instance);

    public PortalDbContext CreateDbContext() => new(_options);

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
